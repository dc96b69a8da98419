package org.backclass.domain.progress.mine;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;

/**
 * What a member sees of their own progress over their current {@link Course}, read at one moment.
 *
 * <p>Pain answers are health data and are carried only while the member's consent is given;
 * otherwise {@code healthDataWithheld} is true and {@code sessions} is empty, which means "not
 * shown", never "no answers". Attended days and exercise levels are training records and are
 * always carried.
 *
 * @param attendedDays days in the course (up to today) with at least one check-in
 * @param sessions     per attended day with an answer, oldest first: pain at check-in and after class
 * @param levels       exercise id to the level the member works at now
 */
public record MyCourse(UUID memberId, Course course, SortedSet<LocalDate> attendedDays, boolean healthDataWithheld,
        List<SessionPain> sessions, Map<String, Integer> levels) {

    public MyCourse {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(course, "course");
        attendedDays = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(attendedDays));
        sessions = List.copyOf(sessions);
        levels = Map.copyOf(levels);
        if (healthDataWithheld && !sessions.isEmpty()) {
            throw new IllegalArgumentException("withheld health data must not be carried");
        }
        for (LocalDate day : attendedDays) {
            if (!course.contains(day)) {
                throw new IllegalArgumentException(day + " is outside the course from " + course.start());
            }
        }
        for (int i = 1; i < sessions.size(); i++) {
            if (!sessions.get(i - 1).day().isBefore(sessions.get(i).day())) {
                throw new IllegalArgumentException("sessions must be one per day, oldest first");
            }
        }
    }

    /** The check-in answers in session order, for {@link MinimalImportantChange#assess}. */
    public List<Integer> checkInPains() {
        return sessions.stream().map(SessionPain::before).filter(Objects::nonNull).toList();
    }

    /**
     * One session day's pain: {@code before} at check-in, {@code after} from "how was it?" after
     * the class or routine; either may be missing (skipped, or not asked), not both.
     */
    public record SessionPain(LocalDate day, Integer before, Integer after) {

        public SessionPain {
            Objects.requireNonNull(day, "day");
            if (before == null && after == null) {
                throw new IllegalArgumentException("a session without any answer has no pain entry");
            }
            if (before != null && (before < 0 || before > 10) || after != null && (after < 0 || after > 10)) {
                throw new IllegalArgumentException("pain scores are 0-10");
            }
        }
    }
}
