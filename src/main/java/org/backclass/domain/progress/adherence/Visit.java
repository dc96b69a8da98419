package org.backclass.domain.progress.adherence;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/**
 * One check-in of a member: a class ({@code classSessionId} set) or open gym (null).
 *
 * @param day            the day the visit belongs to (the class's day for a class)
 * @param classSessionId the class checked in for, or null for open gym
 * @param slotId         the weekly timetable slot the class came from, or null for open gym
 *                       and one-off classes; only slotted classes can make a member expected
 */
public record Visit(LocalDate day, UUID classSessionId, UUID slotId) {

    public Visit {
        Objects.requireNonNull(day, "day");
        if (slotId != null && classSessionId == null) {
            throw new IllegalArgumentException("an open-gym visit has no timetable slot");
        }
    }

    public static Visit openGym(LocalDate day) {
        return new Visit(day, null, null);
    }

    public boolean isOpenGym() {
        return classSessionId == null;
    }
}
