package org.backclass.domain.timetable;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.UUID;

/** A weekly slot: class type, weekday, start time, length, room, instructor and capacity. */
public record TimetableEntry(UUID id, UUID classTypeId, DayOfWeek weekday, LocalTime start, Duration length,
        String room, UUID instructorId, int capacity) {

    /** When this slot starts on {@code day} in {@code zone} (a gap at a DST change moves it forward). */
    public ZonedDateTime startOn(LocalDate day, ZoneId zone) {
        return ZonedDateTime.of(day, start, zone);
    }
}
