package org.backclass.domain.progress.outcome;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * When a member is asked the progress check. Pure: a member's {@link OutcomeHistory} and "now"
 * in, statuses out; no clock, no storage. The rules, all in whole days of the kiosk's zone:
 * <ol>
 *   <li><b>Course start</b>: the day of the member's first check-in. Nothing is due for a member
 *       who has never checked in.</li>
 *   <li><b>Dates</b>: {@link Timepoint#BASELINE} on the course start; {@link Timepoint#END_OF_COURSE}
 *       the course length ({@code progress.course-weeks}) later; {@code MONTHS_n} n calendar months
 *       after the start (31 January + 3 months is 30 April; a day the month lacks becomes its last).</li>
 *   <li><b>Windows</b> (both ends included): the baseline from the course start to
 *       {@link OutcomeWindows#baselineDays()} days after it; every other check from
 *       {@link OutcomeWindows#daysBefore()} before its date to {@link OutcomeWindows#daysAfter()}
 *       after it. Checks are taken in the order of their dates; where a window would run into the
 *       next one it ends the day before the next opens, so at most one check is open on any day
 *       (a check whose window is cut away entirely is never asked).</li>
 *   <li><b>Answered at most once.</b> A check answered is never asked again.</li>
 *   <li><b>Missed</b>: a check whose window has closed unanswered, or any check before one that
 *       was answered, is not asked any more.</li>
 *   <li><b>Due today</b>: the open check, unless the member already answered a check today or
 *       tapped "Not now" today — then it waits for a tap on another day (while its window lasts).</li>
 *   <li><b>Activities</b>: the member names three at the first check they answer (normally the
 *       baseline); every later check rates those same three again.</li>
 * </ol>
 */
public final class OutcomeSchedule {

    /** One check's dates for a member. {@code closes} before {@code opens}: cut away, never asked. */
    public record Window(Timepoint timepoint, LocalDate date, LocalDate opens, LocalDate closes) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(opens) && !day.isAfter(closes);
        }
    }

    private final int courseWeeks;
    private final OutcomeWindows windows;

    /** @param courseWeeks the course length, {@code AdherencePlan#courseWeeks()} */
    public OutcomeSchedule(int courseWeeks, OutcomeWindows windows) {
        if (courseWeeks < 1) {
            throw new IllegalArgumentException("a course needs at least 1 week, was " + courseWeeks);
        }
        this.courseWeeks = courseWeeks;
        this.windows = Objects.requireNonNull(windows, "windows");
    }

    /** The checks' windows for a course starting on {@code courseStart}, in the order they come (rule 3). */
    public List<Window> windows(LocalDate courseStart) {
        Objects.requireNonNull(courseStart, "courseStart");
        List<Window> raw = new ArrayList<>();
        for (Timepoint t : Timepoint.values()) {
            LocalDate date = dateOf(t, courseStart);
            raw.add(t == Timepoint.BASELINE
                    ? new Window(t, date, date, date.plusDays(windows.baselineDays()))
                    : new Window(t, date, date.minusDays(windows.daysBefore()), date.plusDays(windows.daysAfter())));
        }
        raw.sort(Comparator.comparing(Window::date).thenComparing(Window::timepoint));
        List<Window> cut = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            Window w = raw.get(i);
            LocalDate closes = w.closes();
            if (i + 1 < raw.size() && !closes.isBefore(raw.get(i + 1).opens())) {
                closes = raw.get(i + 1).opens().minusDays(1);
            }
            cut.add(new Window(w.timepoint(), w.date(), w.opens(), closes));
        }
        return List.copyOf(cut);
    }

    private LocalDate dateOf(Timepoint t, LocalDate courseStart) {
        return switch (t) {
            case BASELINE -> courseStart;
            case END_OF_COURSE -> courseStart.plusWeeks(courseWeeks);
            case MONTHS_3, MONTHS_6, MONTHS_12 -> courseStart.plusMonths(t.months());
        };
    }

    /**
     * Every check's status on {@code today} (rules 1–5), in the order the checks come; a member
     * who never checked in has every check {@link TimepointStatus#UPCOMING}.
     */
    public Map<Timepoint, TimepointStatus> statuses(OutcomeHistory history, LocalDate today) {
        Map<Timepoint, TimepointStatus> out = new EnumMap<>(Timepoint.class);
        if (history.courseStart() == null) {
            for (Timepoint t : Timepoint.values()) {
                out.put(t, TimepointStatus.UPCOMING);
            }
            return out;
        }
        List<Window> order = windows(history.courseStart());
        int lastAnswered = -1;
        for (int i = 0; i < order.size(); i++) {
            if (answered(history, order.get(i).timepoint())) {
                lastAnswered = i;
            }
        }
        for (int i = 0; i < order.size(); i++) {
            Window w = order.get(i);
            TimepointStatus status;
            if (answered(history, w.timepoint())) {
                status = TimepointStatus.ANSWERED;
            } else if (i < lastAnswered || today.isAfter(w.closes())) {
                status = TimepointStatus.MISSED;
            } else if (today.isBefore(w.opens())) {
                status = TimepointStatus.UPCOMING;
            } else {
                status = TimepointStatus.OPEN;
            }
            out.put(w.timepoint(), status);
        }
        return out;
    }

    /** The check to ask at a tap at {@code now} (rule 6), in the kiosk's {@code zone}. */
    public Optional<Timepoint> due(OutcomeHistory history, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        boolean answeredToday = history.answers().stream()
                .anyMatch(a -> LocalDate.ofInstant(a.answeredAt(), zone).equals(today));
        boolean putOffToday = history.notNow().stream()
                .anyMatch(n -> LocalDate.ofInstant(n.at(), zone).equals(today));
        if (answeredToday || putOffToday) {
            return Optional.empty();
        }
        return statuses(history, today).entrySet().stream()
                .filter(e -> e.getValue() == TimepointStatus.OPEN)
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** The activities to rate again (rule 7): those of the earliest answered check, or none. */
    public static List<String> activitiesToRate(OutcomeHistory history) {
        return history.answers().stream()
                .min(Comparator.comparing(OutcomeAnswer::answeredAt).thenComparing(OutcomeAnswer::timepoint))
                .map(OutcomeAnswer::activityNames)
                .orElse(List.of());
    }

    private static boolean answered(OutcomeHistory history, Timepoint t) {
        return history.answers().stream().anyMatch(a -> a.timepoint() == t);
    }
}
