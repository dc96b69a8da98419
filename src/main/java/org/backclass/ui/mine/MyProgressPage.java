package org.backclass.ui.mine;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Everything the progress screen shows for one member, worded and laid out in data: built in one
 * go by {@link MyProgressPages} and replaced or dropped as a whole. Personal: held only while the
 * member's progress is on screen.
 *
 * @param changeSentence one plain sentence about how their back pain has changed (or why it is not shown)
 * @param sessions       sessions in the course so far: the chart's x axis runs 1..sessions
 * @param pain           the chart's points, by session; empty: no chart (no answers, or not kept)
 * @param sessionsLine   the calendar's caption, e.g. "7 sessions since 3 Mar"
 * @param weekdays       the calendar's column headings, Monday first
 * @param weeks          the calendar: the course's weeks, Monday to Sunday
 * @param levels         the member's level in each exercise, in catalogue order
 * @param levelsNote     shown instead of the levels when there are none yet; empty otherwise
 */
public record MyProgressPage(String changeSentence, int sessions, List<PainPoint> pain, String sessionsLine,
        List<String> weekdays, List<CalendarWeek> weeks, List<LevelLine> levels, String levelsNote) {

    public MyProgressPage {
        Objects.requireNonNull(changeSentence, "changeSentence");
        pain = List.copyOf(pain);
        weekdays = List.copyOf(weekdays);
        weeks = List.copyOf(weeks);
        levels = List.copyOf(levels);
        Objects.requireNonNull(levelsNote, "levelsNote");
    }

    /** One session's pain, 0–10, at check-in ({@code before}) and after class; either may be missing. */
    public record PainPoint(int session, Integer before, Integer after) {
    }

    /** Seven days, Monday to Sunday. */
    public record CalendarWeek(List<CalendarDay> days) {

        public CalendarWeek {
            days = List.copyOf(days);
            if (days.size() != 7) {
                throw new IllegalArgumentException("a week has 7 days");
            }
        }
    }

    /** How a calendar day looks. */
    public enum DayMark { OUTSIDE_COURSE, ATTENDED, TODAY, PAST, FUTURE }

    /** One calendar cell; {@code text} is the day of the month, empty outside the course. */
    public record CalendarDay(LocalDate date, String text, DayMark mark) {
    }

    /** One exercise: its name in the kiosk's language and "level 2 of 4". */
    public record LevelLine(String exerciseId, String name, int level, int highest, String text) {
    }
}
