package org.backclass.domain.progress.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The rules of {@link OutcomeSchedule}, as tables: the dates and windows of each check (month
 * ends, leap years, overlapping windows), what is due on which day, and where the kiosk's time
 * zone decides which day a tap, an answer or a "Not now" belongs to.
 */
class OutcomeScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId UTC = ZoneId.of("UTC");
    /** A Monday. */
    private static final LocalDate START = LocalDate.of(2025, 3, 10);
    private static final OutcomeSchedule GLAD = new OutcomeSchedule(8, OutcomeWindows.defaults());
    private static final UUID MEMBER = UUID.fromString("00000000-0000-0000-0000-00000000000a");

    private final List<OutcomeAnswer> answers = new ArrayList<>();
    private final List<NotNow> notNow = new ArrayList<>();

    private OutcomeHistory history() {
        return new OutcomeHistory(START, answers, notNow);
    }

    private static Instant at(String localDateTime, ZoneId zone) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }

    private static Instant noon(String day) {
        return at(day + "T12:00", BERLIN);
    }

    private void answered(Timepoint t, Instant when, String... activities) {
        List<String> names = activities.length == 0 ? List.of("Walking", "Sitting", "Gardening") : List.of(activities);
        answers.add(new OutcomeAnswer(UUID.randomUUID(), MEMBER, t, when, 4,
                names.stream().map(n -> new ActivityRating(n, 5)).toList()));
    }

    @ParameterizedTest(name = "start {0}, {1}: on {2}, asked {3} to {4}")
    @CsvSource({
            // GLA:D Back: 8-week course, baseline window 14 days, others 7 days before to 28 after
            "2025-03-10, BASELINE,      2025-03-10, 2025-03-10, 2025-03-24",
            "2025-03-10, END_OF_COURSE, 2025-05-05, 2025-04-28, 2025-06-02",
            "2025-03-10, MONTHS_3,      2025-06-10, 2025-06-03, 2025-07-08",
            "2025-03-10, MONTHS_6,      2025-09-10, 2025-09-03, 2025-10-08",
            "2025-03-10, MONTHS_12,     2026-03-10, 2026-03-03, 2026-04-07",
            // a month that lacks the day: its last day
            "2025-11-30, MONTHS_3,      2026-02-28, 2026-02-21, 2026-03-28",
            "2023-11-30, MONTHS_3,      2024-02-29, 2024-02-22, 2024-03-28",
            "2024-01-31, MONTHS_3,      2024-04-30, 2024-04-23, 2024-05-28",
            // the end of a year
            "2025-12-31, MONTHS_12,     2026-12-31, 2026-12-24, 2027-01-28",
            "2025-12-20, BASELINE,      2025-12-20, 2025-12-20, 2026-01-03",
    })
    void datesAndWindows(LocalDate start, Timepoint t, LocalDate date, LocalDate opens, LocalDate closes) {
        assertThat(GLAD.windows(start)).filteredOn(w -> w.timepoint() == t).singleElement()
                .isEqualTo(new OutcomeSchedule.Window(t, date, opens, closes));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(nullValues = "none", value = {
            "2025-03-09, none",          // before the first visit (cannot happen, but nothing is asked)
            "2025-03-10, BASELINE",      // the first visit
            "2025-03-24, BASELINE",      // the 14th day after it
            "2025-03-25, none",          // baseline missed
            "2025-04-27, none",
            "2025-04-28, END_OF_COURSE", // a week before the 8 weeks are up
            "2025-06-02, END_OF_COURSE", // 4 weeks after
            "2025-06-03, MONTHS_3",
            "2025-07-08, MONTHS_3",
            "2025-07-09, none",
            "2025-09-02, none",
            "2025-09-03, MONTHS_6",
            "2025-10-08, MONTHS_6",
            "2025-10-09, none",
            "2026-03-03, MONTHS_12",
            "2026-04-07, MONTHS_12",
            "2026-04-08, none",
            "2030-01-01, none",
    })
    void whatIsDueOnWhichDayWhenNothingWasAnswered(LocalDate day, Timepoint expected) {
        assertThat(GLAD.due(history(), at(day + "T18:00", BERLIN), BERLIN)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "course of {0} weeks: {1} asked {2} to {3}")
    @CsvSource({
            // 12 weeks: the end of course ends the day before the 3-month check opens
            "12, END_OF_COURSE, 2025-05-26, 2025-06-02",
            "12, MONTHS_3,      2025-06-03, 2025-07-08",
            // 14 weeks: the 3-month check comes first and gives way to the end of course
            "14, MONTHS_3,      2025-06-03, 2025-06-08",
            "14, END_OF_COURSE, 2025-06-09, 2025-07-14",
    })
    void overlappingWindowsAreCutSoThatOneCheckIsOpenAtATime(int weeks, Timepoint t, LocalDate opens,
            LocalDate closes) {
        List<OutcomeSchedule.Window> windows = new OutcomeSchedule(weeks, OutcomeWindows.defaults()).windows(START);

        assertThat(windows).filteredOn(w -> w.timepoint() == t).singleElement()
                .satisfies(w -> assertThat(List.of(w.opens(), w.closes())).containsExactly(opens, closes));
        for (int i = 1; i < windows.size(); i++) {
            assertThat(windows.get(i - 1).closes()).isBefore(windows.get(i).opens());
        }
    }

    @Test
    void aCheckOnTheSameDateAsTheNextIsCutAwayAndNeverAsked() {
        // 15 January 2024 + 3 months is 91 days later: exactly 13 weeks
        LocalDate start = LocalDate.of(2024, 1, 15);
        OutcomeSchedule schedule = new OutcomeSchedule(13, OutcomeWindows.defaults());
        OutcomeHistory h = new OutcomeHistory(start, List.of(), List.of());

        assertThat(schedule.statuses(h, LocalDate.of(2024, 4, 7))).containsEntry(Timepoint.END_OF_COURSE,
                TimepointStatus.UPCOMING);
        assertThat(schedule.due(h, noon("2024-04-08"), BERLIN)).contains(Timepoint.MONTHS_3);
        assertThat(schedule.statuses(h, LocalDate.of(2024, 4, 8))).containsEntry(Timepoint.END_OF_COURSE,
                TimepointStatus.MISSED);
    }

    @Test
    void statusesOnADay() {
        answered(Timepoint.BASELINE, noon("2025-03-10"));

        Map<Timepoint, TimepointStatus> s = GLAD.statuses(history(), LocalDate.of(2025, 6, 5));

        assertThat(s).containsExactly(Map.entry(Timepoint.BASELINE, TimepointStatus.ANSWERED),
                Map.entry(Timepoint.END_OF_COURSE, TimepointStatus.MISSED),
                Map.entry(Timepoint.MONTHS_3, TimepointStatus.OPEN),
                Map.entry(Timepoint.MONTHS_6, TimepointStatus.UPCOMING),
                Map.entry(Timepoint.MONTHS_12, TimepointStatus.UPCOMING));
    }

    @Test
    void anAnsweredCheckIsNeverAskedAgainAndNotTwiceOnOneDay() {
        answered(Timepoint.BASELINE, at("2025-03-10T18:05", BERLIN));

        assertThat(GLAD.due(history(), at("2025-03-10T19:00", BERLIN), BERLIN)).isEmpty();
        assertThat(GLAD.due(history(), noon("2025-03-12"), BERLIN)).isEmpty();
        assertThat(GLAD.due(history(), noon("2025-04-28"), BERLIN)).contains(Timepoint.END_OF_COURSE);
    }

    @Test
    void aLaterAnswerMakesEveryEarlierCheckMissed() {
        // e.g. answered on another kiosk whose course length was set differently
        answered(Timepoint.MONTHS_3, noon("2025-03-20"));

        assertThat(GLAD.due(history(), noon("2025-03-21"), BERLIN)).isEmpty();
        assertThat(GLAD.statuses(history(), LocalDate.of(2025, 3, 21))).containsEntry(Timepoint.BASELINE,
                TimepointStatus.MISSED).containsEntry(Timepoint.END_OF_COURSE, TimepointStatus.MISSED);
        assertThat(GLAD.due(history(), noon("2025-09-03"), BERLIN)).contains(Timepoint.MONTHS_6);
    }

    @Test
    void notNowWaitsForATapOnAnotherDayWhileTheWindowLasts() {
        notNow.add(new NotNow(Timepoint.BASELINE, at("2025-03-10T18:01", BERLIN)));

        assertThat(GLAD.due(history(), at("2025-03-10T20:30", BERLIN), BERLIN)).isEmpty();
        assertThat(GLAD.due(history(), at("2025-03-11T07:00", BERLIN), BERLIN)).contains(Timepoint.BASELINE);

        notNow.add(new NotNow(Timepoint.BASELINE, noon("2025-03-24")));
        assertThat(GLAD.due(history(), at("2025-03-24T19:00", BERLIN), BERLIN)).isEmpty();
        assertThat(GLAD.due(history(), noon("2025-03-25"), BERLIN)).as("window over").isEmpty();
    }

    @ParameterizedTest(name = "not now at {0} local, tap at {1} local, {2}: asked {3}")
    @CsvSource({
            // 23:30 and 00:10 in Berlin are two days there, one day in UTC (22:30 and 23:10)
            "2025-03-11T23:30, 2025-03-12T00:10, Europe/Berlin, true",
            "2025-03-11T22:30, 2025-03-11T23:10, UTC,           false",
            // the same two instants seen from Auckland (UTC+13): both on 12 March
            "2025-03-12T11:30, 2025-03-12T12:10, Pacific/Auckland, false",
    })
    void theKiosksZoneDecidesWhatAnotherDayIs(String notNowLocal, String tapLocal, ZoneId zone, boolean asked) {
        notNow.add(new NotNow(Timepoint.BASELINE, at(notNowLocal, zone)));

        assertThat(GLAD.due(history(), at(tapLocal, zone), zone).isPresent()).isEqualTo(asked);
    }

    @ParameterizedTest(name = "{0} in {1}: asked {2}")
    @CsvSource({
            // the baseline's last day is 24 March (kiosk days); the same instant is the 25th in Berlin
            "2025-03-24T23:30:00Z, UTC,           true",
            "2025-03-24T23:30:00Z, Europe/Berlin, false",
            "2025-03-24T22:59:59Z, Europe/Berlin, true",
            // the end-of-course check opens on 28 April, Berlin summer time (UTC+2)
            "2025-04-27T21:59:59Z, Europe/Berlin, false",
            "2025-04-27T22:00:00Z, Europe/Berlin, true",
    })
    void windowEdgesAreDaysOfTheKiosksZone(Instant tap, ZoneId zone, boolean asked) {
        assertThat(GLAD.due(history(), tap, zone).isPresent()).isEqualTo(asked);
    }

    @Test
    void aMemberWhoNeverCameIsAskedNothing() {
        assertThat(GLAD.due(OutcomeHistory.none(), noon("2025-03-10"), BERLIN)).isEmpty();
        assertThat(GLAD.statuses(OutcomeHistory.none(), START)).containsOnlyKeys(Timepoint.values())
                .allSatisfy((t, s) -> assertThat(s).isEqualTo(TimepointStatus.UPCOMING));
    }

    @Test
    void laterChecksRateTheActivitiesFirstNamed() {
        assertThat(OutcomeSchedule.activitiesToRate(history())).isEmpty();

        answered(Timepoint.END_OF_COURSE, noon("2025-05-01"), "Walking the dog", "Sitting", "Lifting");
        answered(Timepoint.MONTHS_3, noon("2025-06-10"), "Driving", "Sleeping", "Sport");

        assertThat(OutcomeSchedule.activitiesToRate(history())).containsExactly("Walking the dog", "Sitting",
                "Lifting");
    }

    @Test
    void windowsAreConfigurable() {
        OutcomeSchedule tight = new OutcomeSchedule(8, new OutcomeWindows(0, 0, 3));

        assertThat(tight.due(history(), noon("2025-03-10"), BERLIN)).contains(Timepoint.BASELINE);
        assertThat(tight.due(history(), noon("2025-03-11"), BERLIN)).isEmpty();
        assertThat(tight.due(history(), noon("2025-05-04"), BERLIN)).isEmpty();
        assertThat(tight.due(history(), noon("2025-05-08"), BERLIN)).contains(Timepoint.END_OF_COURSE);
        assertThat(tight.due(history(), noon("2025-05-09"), BERLIN)).isEmpty();
    }

    @Test
    void badSettingsAreRefused() {
        assertThatThrownBy(() -> new OutcomeSchedule(0, OutcomeWindows.defaults()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1 week");
        assertThatThrownBy(() -> new OutcomeWindows(14, -1, 28))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0 or more");
    }
}
