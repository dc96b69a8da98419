package org.backclass.domain.timetable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One kind of class with the weekly slots it runs in: a line of the timetable as the front desk
 * reads it.
 *
 * @param programmeId the programme the kiosk leads in this class, or null for a class made by hand
 * @param slots       the weekly slots, by day of the week and start; empty for a class type that
 *                    only has one-off sessions
 */
public record ClassTypeTimetable(UUID id, String name, String description, int durationMinutes,
        String programmeId, List<WeeklySlot> slots) {

    public ClassTypeTimetable {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        slots = List.copyOf(slots);
    }

    /** The same class at the same time and place every week. */
    public record WeeklySlot(DayOfWeek dayOfWeek, LocalTime startTime, String room, int capacity) {

        public WeeklySlot {
            Objects.requireNonNull(dayOfWeek, "dayOfWeek");
            Objects.requireNonNull(startTime, "startTime");
        }
    }
}
