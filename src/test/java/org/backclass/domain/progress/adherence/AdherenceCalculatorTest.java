package org.backclass.domain.progress.adherence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdherenceCalculatorTest {

    /** Monday of the first course week (ISO week 45 of 2026). */
    private static final LocalDate WEEK_1 = LocalDate.of(2026, 11, 2);
    private static final int TUESDAY = 1;
    private static final int THURSDAY = 3;

    private final List<ScheduledSession> expected = new ArrayList<>();
    private final List<Visit> visits = new ArrayList<>();

    /**
     * Lays out weeks of classes from {@link #WEEK_1}: one space-separated token per week, one
     * character per class of the week on the given weekdays (0 = Monday). {@code T} came,
     * {@code -} missed, {@code g} tapped in as open gym that day instead. A week with fewer
     * characters has no session yet for the rest.
     */
    private void weeks(String pattern, int... weekdays) {
        String[] tokens = pattern.trim().split("\\s+");
        for (int w = 0; w < tokens.length; w++) {
            for (int i = 0; i < tokens[w].length(); i++) {
                LocalDate day = WEEK_1.plusWeeks(w).plusDays(weekdays[i]);
                UUID slot = new UUID(0, weekdays[i]);
                ScheduledSession s = new ScheduledSession(UUID.randomUUID(), day,
                        day.atTime(18, 0).toInstant(ZoneOffset.UTC));
                expected.add(s);
                switch (tokens[w].charAt(i)) {
                    case 'T' -> visits.add(new Visit(day, s.sessionId(), slot));
                    case 'g' -> visits.add(Visit.openGym(day));
                    case '-' -> { }
                    default -> throw new IllegalArgumentException(pattern);
                }
            }
        }
    }

    private void tuesdaysAndThursdays(String pattern) {
        weeks(pattern, TUESDAY, THURSDAY);
    }

    private Adherence on(String today) {
        return on(today, AdherencePlan.defaults());
    }

    private Adherence on(String today, AdherencePlan plan) {
        return AdherenceCalculator.compute(visits, expected, LocalDate.parse(today), plan);
    }

    @ParameterizedTest(name = "{0} on {1}: streak {2}")
    @CsvSource({
            "'TT TT TT',    2026-11-23, 3",   // three full weeks, this week not started
            "'TT TT TT T',  2026-11-24, 3",   // this week half done: does not break it yet
            "'TT TT TT TT', 2026-11-26, 4",   // this week done: counts already
            "'TT -- TT',    2026-11-23, 1",   // a missed week breaks it
            "'TT T- TT',    2026-11-23, 1",   // one of two is not the plan
            "'TT TT --',    2026-11-23, 0",   // last week missed, this week not started
            "'TT TT TT',    2026-11-30, 0",   // a whole week without a visit
            "'gg TT',       2026-11-16, 2",   // open gym counts as a session
    })
    void streakCountsWeeksThatMetThePlan(String pattern, String today, int streak) {
        tuesdaysAndThursdays(pattern);

        assertThat(on(today).streakWeeks()).isEqualTo(streak);
    }

    @ParameterizedTest(name = "{0} on {1}: {2} %")
    @CsvSource({
            "'TT T-',       2026-11-16, 75",
            "'TT TT TT T-', 2026-11-30, 87",  // 87.5 rounded down
            "'T- -',        2026-11-16, 33",
            "'TT -',        2026-11-16, 66",
            "'TT TT',       2026-11-16, 100",
            "'TT -',        2026-11-10, 100", // today's class is not judged yet
            "'T',           2026-11-03, ",    // first class is today: nothing to judge
            "'Tg',          2026-11-09, 100", // a tap outside the window still attended that day
    })
    void attendancePercentIsOverJudgedSessionsRoundedDown(String pattern, String today, Integer percent) {
        tuesdaysAndThursdays(pattern);

        assertThat(on(today).attendancePercent()).isEqualTo(percent);
    }

    @ParameterizedTest(name = "{0} on {1}: {2} missed in a row, flagged {3}")
    @CsvSource({
            "'TT T- -',  2026-11-18, 2, true",
            "'TT T- --', 2026-11-20, 3, true",
            "'TT T-',    2026-11-16, 1, false",
            "'TT -T',    2026-11-16, 0, false", // missed one, then came
            "'TT T- -',  2026-11-17, 1, false", // today's class is not judged yet
            "'-- T',     2026-11-16, 0, false", // classes before the first visit are not missed
    })
    void missedInARowCountsBackFromTheLatestJudgedSession(String pattern, String today, int missed,
            boolean flagged) {
        tuesdaysAndThursdays(pattern);

        Adherence a = on(today);

        assertThat(a.missedInARow()).isEqualTo(missed);
        assertThat(a.flagged()).isEqualTo(flagged);
    }

    @Test
    void sessionsThisWeekCountsDaysOfTheIsoWeekSoFarAgainstThePlan() {
        tuesdaysAndThursdays("TT TT T");
        visits.add(Visit.openGym(LocalDate.parse("2026-11-20")));

        assertThat(on("2026-11-17")).extracting(Adherence::sessionsThisWeek, Adherence::plannedThisWeek,
                Adherence::metPlanThisWeek).containsExactly(1, 2, false);
        assertThat(on("2026-11-22").sessionsThisWeek()).isEqualTo(2);
        assertThat(on("2026-11-23").sessionsThisWeek()).isZero();
    }

    @Test
    void openGymCountsAsASessionButCannotBeMissed() {
        for (int d = 0; d < 10; d += 3) {
            visits.add(Visit.openGym(WEEK_1.plusDays(d)));
        }

        Adherence a = on("2026-11-30");

        assertThat(a.sessionNumber()).isEqualTo(4);
        assertThat(a.attendancePercent()).isNull();
        assertThat(a.missedInARow()).isZero();
        assertThat(a.flagged()).isFalse();
    }

    @Test
    void openGymOnAnotherDayDoesNotMakeUpAMissedClass() {
        tuesdaysAndThursdays("TT --");
        visits.add(Visit.openGym(LocalDate.parse("2026-11-11")));

        Adherence a = on("2026-11-16");

        assertThat(a.sessionsThisWeek()).isZero();
        assertThat(a.streakWeeks()).isZero();
        assertThat(a.missedInARow()).isEqualTo(2);
        assertThat(a.flagged()).isTrue();
    }

    @Test
    void sessionNumberCountsDaysSinceTheCourseStartAndGoesBeyondTheCourse() {
        tuesdaysAndThursdays("TT TT TT TT TT TT TT TT TT");
        visits.add(new Visit(WEEK_1.plusDays(1), UUID.randomUUID(), null)); // a second class that Tuesday

        assertThat(on("2026-12-22")).extracting(Adherence::sessionNumber, Adherence::courseComplete)
                .containsExactly(15, false);
        assertThat(on("2026-12-24")).extracting(Adherence::sessionNumber, Adherence::courseSessions,
                Adherence::courseComplete).containsExactly(16, 16, true);
        assertThat(on("2027-01-05").sessionNumber()).isEqualTo(18);
    }

    @Test
    void attendancePercentStopsAtTheEndOfTheCourseButMissesAfterItStillFlag() {
        tuesdaysAndThursdays("TT -- --");
        AdherencePlan oneWeekCourse = new AdherencePlan(2, 2, 1, 2);

        Adherence a = on("2026-11-23", oneWeekCourse);

        assertThat(a.attendancePercent()).isEqualTo(100);
        assertThat(a.missedInARow()).isEqualTo(4);
        assertThat(a.flagged()).isTrue();
    }

    @Test
    void visitsAfterTodayAreIgnoredSoAPastDayCanBeAsked() {
        tuesdaysAndThursdays("TT TT");

        assertThat(on("2026-11-04")).extracting(Adherence::sessionNumber, Adherence::sessionsThisWeek)
                .containsExactly(1, 1);
        assertThat(on("2026-11-01")).isEqualTo(Adherence.none(AdherencePlan.defaults()));
    }

    @Test
    void aMemberWhoNeverCameHasNothingDoneAndNothingMissed() {
        tuesdaysAndThursdays("-- --");

        assertThat(on("2026-11-16")).isEqualTo(new Adherence(0, 2, null, 0, 0, 16, 0, false));
    }

    @Test
    void aConfiguredPlanOfThreeAWeekFlagsAfterThreeMissed() {
        AdherencePlan plan = new AdherencePlan(3, 24, 8, 3);
        weeks("TTT TT- --", 0, 2, 4);

        assertThat(on("2026-11-18", plan)).extracting(Adherence::missedInARow, Adherence::flagged)
                .containsExactly(2, false);
        Adherence afterThree = on("2026-11-19", plan);
        assertThat(afterThree.missedInARow()).isEqualTo(3);
        assertThat(afterThree.flagged()).isTrue();
        assertThat(afterThree.attendancePercent()).isEqualTo(62); // 5 of 8
        assertThat(afterThree.streakWeeks()).isZero();            // 2 a week is not this plan
        assertThat(on("2026-11-09", plan).streakWeeks()).isEqualTo(1);
    }

    @Test
    void ownSlotsAreTheMostAttendedInTheFourWeeksUpToTheLatestClassVisit() {
        UUID tue = UUID.randomUUID();
        UUID thu = UUID.randomUUID();
        UUID sat = UUID.randomUUID();
        UUID oldSlot = UUID.randomUUID();
        LocalDate latest = LocalDate.parse("2026-11-26");
        for (int w = 0; w < 3; w++) {
            visits.add(new Visit(latest.minusWeeks(w).minusDays(2), UUID.randomUUID(), tue));
            visits.add(new Visit(latest.minusWeeks(w), UUID.randomUUID(), thu));
        }
        visits.add(new Visit(latest.minusDays(5), UUID.randomUUID(), sat));
        for (int w = 4; w < 10; w++) {
            visits.add(new Visit(latest.minusWeeks(w), UUID.randomUUID(), oldSlot)); // before the four weeks
        }
        visits.add(new Visit(latest.minusDays(1), UUID.randomUUID(), null)); // a one-off class
        visits.add(Visit.openGym(latest.plusDays(1)));

        // Long after the latest class visit the member still has their slots: a dropout stays expected.
        assertThat(AdherenceCalculator.ownSlots(visits, latest.plusWeeks(10), AdherencePlan.defaults()))
                .containsExactlyInAnyOrder(tue, thu);
        assertThat(AdherenceCalculator.ownSlots(visits, latest.plusWeeks(10), new AdherencePlan(3, 24, 8, 2)))
                .containsExactly(thu, tue, sat);
        assertThat(AdherenceCalculator.ownSlots(visits, latest.minusWeeks(4), AdherencePlan.defaults()))
                .containsExactly(oldSlot);
    }

    @Test
    void aTieBetweenSlotsGoesToTheMoreRecentOne() {
        UUID monday = UUID.randomUUID();
        UUID friday = UUID.randomUUID();
        visits.add(new Visit(WEEK_1, UUID.randomUUID(), monday));
        visits.add(new Visit(WEEK_1.plusDays(4), UUID.randomUUID(), friday));

        assertThat(AdherenceCalculator.ownSlots(visits, WEEK_1.plusDays(5), new AdherencePlan(1, 8, 8, 2)))
                .containsExactly(friday);
    }

    @Test
    void onlyOpenGymOrOneOffClassesMeansNoOwnSlots() {
        visits.add(Visit.openGym(WEEK_1));
        visits.add(new Visit(WEEK_1.plusDays(1), UUID.randomUUID(), null));

        assertThat(AdherenceCalculator.ownSlots(visits, WEEK_1.plusDays(2), AdherencePlan.defaults())).isEmpty();
    }

    @Test
    void aSessionListedTwiceIsJudgedOnce() {
        tuesdaysAndThursdays("T-");
        expected.add(expected.get(1));

        assertThat(on("2026-11-09")).extracting(Adherence::attendancePercent, Adherence::missedInARow)
                .containsExactly(50, 1);
    }

    @Test
    void thePlanDefaultsToGladBackAndRefusesNonsense() {
        assertThat(AdherencePlan.defaults()).isEqualTo(new AdherencePlan(2, 16, 8, 2));
        assertThatThrownBy(() -> new AdherencePlan(0, 16, 8, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdherencePlan(8, 16, 8, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdherencePlan(2, 0, 8, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdherencePlan(2, 16, 0, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AdherencePlan(2, 16, 8, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Visit(WEEK_1, null, UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScheduledSession(UUID.randomUUID(), WEEK_1, (Instant) null))
                .isInstanceOf(NullPointerException.class);
    }

    private AttendanceRate rate(String from, String to, String today) {
        return AdherenceCalculator.rate(visits, expected, LocalDate.parse(from), LocalDate.parse(to),
                LocalDate.parse(today));
    }

    @ParameterizedTest(name = "{0}, {1}..{2} on {3}: {4} of {5}")
    @CsvSource({
            "'TT T- -T TT', 2026-11-02, 2026-11-29, 2026-11-30, 6, 8",  // the whole span
            "'TT T- -T TT', 2026-11-09, 2026-11-22, 2026-11-30, 2, 4",  // weeks 2 and 3 only
            "'TT T- -T TT', 2026-11-02, 2026-11-29, 2026-11-26, 5, 7",  // today's class is not over yet
            "'TT T- -T TT', 2026-11-02, 2026-11-03, 2026-11-30, 1, 1",  // one day
            "'-- TT',       2026-11-02, 2026-11-15, 2026-11-30, 2, 2",  // nothing before the first visit
            "'gT g-',       2026-11-02, 2026-11-15, 2026-11-30, 3, 4",  // open gym that day counts as there
    })
    void rateCountsTheExpectedSessionsOfTheSpanThatAreOver(String pattern, String from, String to, String today,
            int attended, int scheduled) {
        tuesdaysAndThursdays(pattern);

        assertThat(rate(from, to, today)).isEqualTo(new AttendanceRate(attended, scheduled));
    }

    @Test
    void rateIsNullPercentWithNothingScheduledAndRoundsDown() {
        assertThat(rate("2026-11-02", "2026-11-29", "2026-11-30").percent()).isNull();
        assertThat(new AttendanceRate(0, 0).below(100)).isFalse();
        assertThat(new AttendanceRate(2, 3).percent()).isEqualTo(66);
        assertThat(new AttendanceRate(2, 3).below(67)).isTrue();
        assertThat(new AttendanceRate(2, 3).below(66)).isFalse();
        assertThat(new AttendanceRate(3, 3).percent()).isEqualTo(100);
        assertThatThrownBy(() -> new AttendanceRate(4, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rate("2026-11-10", "2026-11-09", "2026-11-30"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
