package org.backclass.ui.mine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.progress.mine.Course;
import org.backclass.domain.progress.mine.MyCourse;
import org.backclass.domain.progress.mine.PainChange;
import org.backclass.ui.mine.MyProgressPage.CalendarDay;
import org.backclass.ui.mine.MyProgressPage.CalendarWeek;
import org.backclass.ui.mine.MyProgressPage.DayMark;
import org.backclass.ui.mine.MyProgressPage.LevelLine;
import org.backclass.ui.mine.MyProgressPage.PainPoint;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/** Turns a member's {@link MyCourse} into the {@link MyProgressPage} the screen shows. Pure; any thread. */
final class MyProgressPages {

    private MyProgressPages() {
    }

    static MyProgressPage build(MyCourse course, LocalDate today, MyProgressServices services, Messages m) {
        List<LocalDate> attended = List.copyOf(course.attendedDays());
        Map<LocalDate, Integer> sessionOf = new HashMap<>();
        for (int i = 0; i < attended.size(); i++) {
            sessionOf.put(attended.get(i), i + 1);
        }
        List<PainPoint> pain = new ArrayList<>();
        for (MyCourse.SessionPain s : course.sessions()) {
            Integer session = sessionOf.get(s.day());
            if (session != null) {
                pain.add(new PainPoint(session, s.before(), s.after()));
            }
        }
        Locale locale = m.locale();
        String since = DateTimeFormatter.ofPattern(m.get(MessageKey.MINE_DAY_PATTERN), locale)
                .format(course.course().start());
        List<LevelLine> levels = levels(course.levels(), services, m);
        return new MyProgressPage(changeSentence(course, services, m), attended.size(), pain,
                m.format(MessageKey.MINE_SESSIONS, attended.size(), since),
                Arrays.stream(m.get(MessageKey.MINE_WEEKDAYS).split(",")).map(String::strip).toList(),
                calendar(course, today), levels, levels.isEmpty() ? m.get(MessageKey.MINE_LEVELS_NONE) : "");
    }

    private static String changeSentence(MyCourse course, MyProgressServices services, Messages m) {
        if (course.healthDataWithheld()) {
            return m.get(MessageKey.MINE_CHANGE_WITHHELD);
        }
        PainChange change = services.mic().assess(course.checkInPains());
        return switch (change.kind()) {
            case IMPROVED -> m.format(MessageKey.MINE_CHANGE_BETTER, change.pointsLower());
            case WORSE -> m.format(MessageKey.MINE_CHANGE_WORSE, -change.pointsLower());
            case NO_MEANINGFUL_CHANGE -> m.get(MessageKey.MINE_CHANGE_SAME);
            case TOO_FEW_ANSWERS -> m.get(MessageKey.MINE_CHANGE_TOO_FEW);
        };
    }

    /** The course's weeks, Monday to Sunday, from the week it started to the week of its last day. */
    private static List<CalendarWeek> calendar(MyCourse course, LocalDate today) {
        Course c = course.course();
        LocalDate monday = c.start().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = c.end().minusDays(1);
        List<CalendarWeek> weeks = new ArrayList<>();
        for (LocalDate week = monday; !week.isAfter(last); week = week.plusWeeks(1)) {
            List<CalendarDay> days = new ArrayList<>(7);
            for (int d = 0; d < 7; d++) {
                LocalDate day = week.plusDays(d);
                DayMark mark = !c.contains(day) ? DayMark.OUTSIDE_COURSE
                        : course.attendedDays().contains(day) ? DayMark.ATTENDED
                        : day.equals(today) ? DayMark.TODAY
                        : day.isBefore(today) ? DayMark.PAST : DayMark.FUTURE;
                days.add(new CalendarDay(day, mark == DayMark.OUTSIDE_COURSE ? "" : String.valueOf(day.getDayOfMonth()),
                        mark));
            }
            weeks.add(new CalendarWeek(days));
        }
        return weeks;
    }

    /** Exercises the catalogue knows, in its order; a level of an exercise no longer offered is left out. */
    private static List<LevelLine> levels(Map<String, Integer> levels, MyProgressServices services, Messages m) {
        List<LevelLine> out = new ArrayList<>();
        for (Exercise e : services.catalogue().all()) {
            Integer level = levels.get(e.id());
            if (level != null) {
                int highest = Math.max(level, e.highestLevel());
                out.add(new LevelLine(e.id(), e.name().in(m.locale()), level, highest,
                        m.format(MessageKey.MINE_LEVEL, level, highest)));
            }
        }
        return out;
    }
}
