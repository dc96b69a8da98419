package org.backclass.domain.timetable;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * Storage port for class types, staff, the weekly timetable and class sessions. Blocking;
 * callable from any thread except the FX thread.
 */
public interface TimetableStore {

    /** A class type without a programme: members can check in, but the kiosk cannot lead it. */
    default UUID createClassType(String name, String description, Duration length) {
        return createClassType(name, description, length, null);
    }

    /** @param programmeId the programme the kiosk leads for this class, or null */
    UUID createClassType(String name, String description, Duration length, String programmeId);

    UUID createInstructor(String name);

    UUID addWeeklySlot(UUID classTypeId, DayOfWeek weekday, LocalTime start, Duration length, String room,
            UUID instructorId, int capacity);

    /** A class that happens once, outside the weekly timetable. */
    UUID addOneOffSession(UUID classTypeId, Instant startsAt, Duration length, String room, UUID instructorId,
            int capacity);

    /**
     * Makes the weekly timetable exactly {@code slots} (the configured one): class types,
     * instructors and slots are created or updated under ids derived from their names, so
     * every kiosk with the same configuration agrees; slots no longer configured are
     * tombstoned. Unchanged rows are left untouched. One transaction.
     *
     * @param lengthOfProgramme how long a class of each programme id runs
     */
    void applyConfiguredTimetable(List<TimetableSlot> slots, java.util.function.Function<String, Duration> lengthOfProgramme);

    /**
     * The sessions of one day ordered by start, creating the day's sessions from the weekly
     * timetable first if they do not exist yet.
     */
    List<ClassSession> sessionsOn(LocalDate day);

    /**
     * The weekly timetable as it stands: every class type not deleted, by name, each with its
     * weekly slots (not deleted) by day of the week and start time. Reads only.
     */
    List<ClassTypeTimetable> weeklyTimetable();
}
