package org.backclass.domain.progress.mine;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A member's course: it starts on their first visit and lasts a number of weeks (the site's
 * {@code progress.course-weeks}, 8 for GLA:D Back). A member who keeps coming after it has ended
 * starts a new course with their first visit after the end, so "my progress" always shows the
 * current course and measures change from that course's own start. Pure and immutable.
 *
 * @param start the first day of the course
 * @param weeks its length
 */
public record Course(LocalDate start, int weeks) {

    public Course {
        Objects.requireNonNull(start, "start");
        if (weeks < 1) {
            throw new IllegalArgumentException("a course lasts at least 1 week, was " + weeks);
        }
    }

    /** The day after the last day of the course. */
    public LocalDate end() {
        return start.plusWeeks(weeks);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end());
    }

    /**
     * The course {@code today} belongs to: the one begun by the latest visit that started a
     * course, counting from the first visit. Visits after today are ignored; without any visit
     * up to today the course starts today.
     */
    public static Course current(Collection<LocalDate> visitDays, LocalDate today, int weeks) {
        Objects.requireNonNull(today, "today");
        TreeSet<LocalDate> days = new TreeSet<>(visitDays);
        days.removeIf(day -> day.isAfter(today));
        if (days.isEmpty()) {
            return new Course(today, weeks);
        }
        Course course = new Course(days.first(), weeks);
        LocalDate next;
        while ((next = days.ceiling(course.end())) != null) {
            course = new Course(next, weeks);
        }
        return course;
    }
}
