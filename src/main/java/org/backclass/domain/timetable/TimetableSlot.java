package org.backclass.domain.timetable;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;

/**
 * One weekly entry of the timetable: the same class, in the same room, at the same time every
 * week. {@link ClassSession}s for particular days are made from these.
 *
 * @param classTypeId stable id of the kind of class, e.g. {@code back-fit}
 * @param programmeId the programme the class follows
 */
public record TimetableSlot(String classTypeId, String className, String programmeId, DayOfWeek weekday,
        LocalTime start, String room, String instructorName, int capacity) {

    public static final int MAX_CAPACITY = 30;

    public TimetableSlot {
        Objects.requireNonNull(classTypeId, "classTypeId");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(programmeId, "programmeId");
        Objects.requireNonNull(weekday, "weekday");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(room, "room");
        Objects.requireNonNull(instructorName, "instructorName");
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be 1.." + MAX_CAPACITY);
        }
    }
}
