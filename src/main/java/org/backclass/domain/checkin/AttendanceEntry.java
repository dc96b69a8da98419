package org.backclass.domain.checkin;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One check-in as staff see it in reports: who, when, which class. Class fields are null
 * for an open-gym visit.
 */
public record AttendanceEntry(UUID id, LocalDate day, Instant checkedInAt, UUID memberId, String firstName,
        String lastName, String memberNumber, UUID classSessionId, String className, Instant classStartsAt,
        String room) {
}
