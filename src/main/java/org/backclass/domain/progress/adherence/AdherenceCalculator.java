package org.backclass.domain.progress.adherence;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Turns a member's visits and expected sessions into {@link Adherence}. Pure: dates in,
 * numbers out, no clock (the caller says which day is today). The rules are listed in the
 * package documentation; each method below states the part it implements.
 */
public final class AdherenceCalculator {

    /** How far back from the latest class visit the member's own slots are chosen. */
    public static final int OWN_SLOT_LOOKBACK_DAYS = 28;

    private static final Comparator<ScheduledSession> OLDEST_FIRST = Comparator.comparing(ScheduledSession::day)
            .thenComparing(ScheduledSession::startsAt).thenComparing(ScheduledSession::sessionId);

    private AdherenceCalculator() {
    }

    /**
     * The weekly slots the member is expected at: among class visits in the
     * {@value #OWN_SLOT_LOOKBACK_DAYS} days up to the latest class visit (on or before today),
     * the most attended slots, at most {@link AdherencePlan#sessionsPerWeek()} of them; a tie
     * goes to the slot attended more recently. Most attended first; empty for a member who has
     * only been to open gym or one-off classes.
     */
    public static Set<UUID> ownSlots(List<Visit> visits, LocalDate today, AdherencePlan plan) {
        LocalDate latest = null;
        for (Visit v : visits) {
            if (v.slotId() != null && !v.day().isAfter(today) && (latest == null || v.day().isAfter(latest))) {
                latest = v.day();
            }
        }
        if (latest == null) {
            return Set.of();
        }
        LocalDate from = latest.minusDays(OWN_SLOT_LOOKBACK_DAYS - 1L);
        Map<UUID, Integer> count = new HashMap<>();
        Map<UUID, LocalDate> last = new HashMap<>();
        for (Visit v : visits) {
            if (v.slotId() != null && !v.day().isBefore(from) && !v.day().isAfter(latest)) {
                count.merge(v.slotId(), 1, Integer::sum);
                last.merge(v.slotId(), v.day(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        Set<UUID> own = new LinkedHashSet<>();
        count.keySet().stream()
                .sorted(Comparator.comparing((UUID slot) -> count.get(slot)).reversed()
                        .thenComparing(last::get, Comparator.reverseOrder())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(plan.sessionsPerWeek())
                .forEach(own::add);
        return own;
    }

    /**
     * The member's adherence as of {@code today}.
     *
     * @param visits   the member's visits in any order; those after today are ignored
     * @param expected sessions of the member's {@link #ownSlots own slots} in any order; only
     *                 those from the course start up to yesterday are judged
     */
    public static Adherence compute(List<Visit> visits, List<ScheduledSession> expected, LocalDate today,
            AdherencePlan plan) {
        TreeSet<LocalDate> sessionDays = sessionDays(visits, today);
        Set<UUID> attendedClasses = attendedClasses(visits, today);
        if (sessionDays.isEmpty()) {
            return Adherence.none(plan);
        }
        LocalDate courseStart = sessionDays.first();
        LocalDate courseEnd = courseStart.plusWeeks(plan.courseWeeks());
        List<ScheduledSession> judged = judged(expected, courseStart, today);

        int inCourse = 0;
        int attendedInCourse = 0;
        for (ScheduledSession s : judged) {
            if (s.day().isBefore(courseEnd)) {
                inCourse++;
                attendedInCourse += attended(s, attendedClasses, sessionDays) ? 1 : 0;
            }
        }
        // Rounded down, so a single miss never shows as 100 %.
        Integer percent = inCourse == 0 ? null : attendedInCourse * 100 / inCourse;

        int missed = 0;
        for (int i = judged.size() - 1; i >= 0 && !attended(judged.get(i), attendedClasses, sessionDays); i--) {
            missed++;
        }
        LocalDate monday = weekOf(today);
        int thisWeek = sessionDays.subSet(monday, true, today, true).size();
        return new Adherence(thisWeek, plan.sessionsPerWeek(), percent, streak(sessionDays, monday, plan),
                sessionDays.size(), plan.courseSessions(), missed, missed >= plan.missedInARowForFlag());
    }

    /**
     * Attendance over the days {@code from..to} (inclusive) as of {@code today}: the expected
     * sessions in that span judged by the same rules as {@link #compute} (from the first visit
     * on, only days before today, each session once), and how many of them were attended. No
     * course end applies here: a member who stopped coming keeps counting as expected at their
     * own slots, which is what a front desk looking for drop-outs needs.
     *
     * @param visits   the member's visits in any order; those after today are ignored
     * @param expected sessions of the member's {@link #ownSlots own slots} in any order
     */
    public static AttendanceRate rate(List<Visit> visits, List<ScheduledSession> expected, LocalDate from,
            LocalDate to, LocalDate today) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the span ends (" + to + ") before it starts (" + from + ")");
        }
        TreeSet<LocalDate> sessionDays = sessionDays(visits, today);
        if (sessionDays.isEmpty()) {
            return new AttendanceRate(0, 0);
        }
        Set<UUID> attendedClasses = attendedClasses(visits, today);
        LocalDate start = from.isAfter(sessionDays.first()) ? from : sessionDays.first();
        LocalDate endExclusive = to.plusDays(1).isBefore(today) ? to.plusDays(1) : today;
        List<ScheduledSession> judged = judged(expected, start, endExclusive);
        int attended = 0;
        for (ScheduledSession s : judged) {
            attended += attended(s, attendedClasses, sessionDays) ? 1 : 0;
        }
        return new AttendanceRate(attended, judged.size());
    }

    /** Days with at least one visit, up to today: each is one session. */
    private static TreeSet<LocalDate> sessionDays(List<Visit> visits, LocalDate today) {
        TreeSet<LocalDate> days = new TreeSet<>();
        for (Visit v : visits) {
            if (!v.day().isAfter(today)) {
                days.add(v.day());
            }
        }
        return days;
    }

    private static Set<UUID> attendedClasses(List<Visit> visits, LocalDate today) {
        Set<UUID> classes = new HashSet<>();
        for (Visit v : visits) {
            if (!v.day().isAfter(today) && v.classSessionId() != null) {
                classes.add(v.classSessionId());
            }
        }
        return classes;
    }

    /** Expected sessions whose day is over, from the course start on, oldest first, each once. */
    private static List<ScheduledSession> judged(List<ScheduledSession> expected, LocalDate courseStart,
            LocalDate today) {
        Map<UUID, ScheduledSession> byId = new LinkedHashMap<>();
        expected.stream()
                .filter(s -> !s.day().isBefore(courseStart) && s.day().isBefore(today))
                .sorted(OLDEST_FIRST)
                .forEach(s -> byId.putIfAbsent(s.sessionId(), s));
        return List.copyOf(byId.values());
    }

    /** Checked in for it, or came some other way that day (a tap outside the window is open gym). */
    private static boolean attended(ScheduledSession s, Set<UUID> attendedClasses, Set<LocalDate> sessionDays) {
        return attendedClasses.contains(s.sessionId()) || sessionDays.contains(s.day());
    }

    /**
     * Weeks in a row with at least the planned sessions, counted back from this week when it is
     * met already, otherwise from last week: a week still running cannot break a streak.
     */
    private static int streak(TreeSet<LocalDate> sessionDays, LocalDate thisMonday, AdherencePlan plan) {
        LocalDate week = thisMonday;
        if (sessionsInWeek(sessionDays, week) < plan.sessionsPerWeek()) {
            week = week.minusWeeks(1);
        }
        int weeks = 0;
        // Ends at the latest in the week before the first visit, which has none.
        while (sessionsInWeek(sessionDays, week) >= plan.sessionsPerWeek()) {
            weeks++;
            week = week.minusWeeks(1);
        }
        return weeks;
    }

    private static int sessionsInWeek(TreeSet<LocalDate> sessionDays, LocalDate monday) {
        return sessionDays.subSet(monday, true, monday.plusDays(6), true).size();
    }

    private static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
