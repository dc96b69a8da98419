package org.backclass.domain.timetable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One occurrence of a class on one day, materialised from the timetable or planned once.
 * {@code closedAt} is set when the instructor ends the class; null while it is open.
 * {@code programmeId} names the programme from kiosk-config the class follows, or is null
 * for a class made by hand. {@code classTypeId} is the kind of class it is an occurrence of (null only if its stored
 * id is malformed).
 */
public record ClassSession(UUID id, String className, LocalDate day, Instant startsAt, Instant endsAt,
        String room, String instructorName, int capacity, Instant closedAt, String programmeId,
        UUID classTypeId) {

    public boolean closed() {
        return closedAt != null;
    }
}
