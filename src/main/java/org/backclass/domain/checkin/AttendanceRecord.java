package org.backclass.domain.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One check-in. {@code classSessionId} is null for an "open gym" visit outside any class.
 */
public record AttendanceRecord(UUID id, UUID memberId, UUID classSessionId, LocalDate day, Instant checkedInAt,
        UUID cardId) {

    public boolean openGym() {
        return classSessionId == null;
    }
}
