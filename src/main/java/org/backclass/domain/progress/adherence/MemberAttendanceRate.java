package org.backclass.domain.progress.adherence;

import java.util.Objects;
import java.util.UUID;

/**
 * One member's {@link AttendanceRate} over a span of days, with the name shared screens may show.
 *
 * @param shortName first name and the initial of the last name
 */
public record MemberAttendanceRate(UUID memberId, String shortName, AttendanceRate rate) {

    public MemberAttendanceRate {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(rate, "rate");
    }
}
