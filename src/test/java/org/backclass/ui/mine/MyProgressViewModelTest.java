package org.backclass.ui.mine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.mine.MinimalImportantChange;
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcMyProgressQueries;
import org.backclass.testing.PastSessions;
import org.backclass.testing.TestGym;
import org.backclass.ui.mine.MyProgressPage.CalendarDay;
import org.backclass.ui.mine.MyProgressPage.DayMark;
import org.backclass.ui.mine.MyProgressPage.LevelLine;
import org.backclass.ui.mine.MyProgressPage.PainPoint;
import org.backclass.ui.mine.MyProgressViewModel.State;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The member's own progress screen without the toolkit: real check-ins, answers and exercise
 * records on a SQLite file, the shipped exercise catalogue, and the test thread as the UI thread.
 */
class MyProgressViewModelTest {

    private static final String ANNAS_CARD = "04A1B2C3D4E5F6";
    private static final String BENS_CARD = "04B0B1B2B3B4B5";
    private static final LocalDate MON_3 = LocalDate.of(2025, 3, 3);
    private static final LocalDate THU_6 = LocalDate.of(2025, 3, 6);
    /** The clock's day: Monday 10 March 2025, 17:55. */
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private static ExerciseCatalogue catalogue;

    @TempDir
    Path dir;
    private TestGym gym;
    private PastSessions past;
    private Member anna;

    @BeforeAll
    static void loadCatalogue() {
        catalogue = ContentLoader.load(Path.of("kiosk-config")).catalogue();
    }

    @BeforeEach
    void openGym() {
        gym = new TestGym(dir, UiTestContext.START);
        past = new PastSessions(gym);
        anna = gym.memberWithCard("Anna", "Kowalski", ANNAS_CARD);
    }

    @AfterEach
    void closeGym() {
        gym.close();
    }

    private MyProgressViewModel viewModel(UiTestContext t) {
        return new MyProgressViewModel(t.context, new MyProgressServices(new JdbcMyProgressQueries(gym.db,
                new JdbcClassResults(gym.db), 8, TestGym.ZONE), catalogue, MinimalImportantChange.defaults()));
    }

    /** Anna's course: 6 → 3 → 3 at check-in (3 points lower: a real improvement). */
    private void annasCourse() {
        past.classOn(MON_3, ANNAS_CARD, 6, 4, Map.of("bird-dog", 1, "cat-cow", 1));
        past.classOn(THU_6, ANNAS_CARD, 3, 2, Map.of("bird-dog", 2, "cat-cow", 2));
        checkInTodayAnswering(ANNAS_CARD, 3);
    }

    private void checkInTodayAnswering(String card, Integer score) {
        CheckInOutcome.CheckedIn in = (CheckInOutcome.CheckedIn) gym.tap(card);
        if (score != null) {
            gym.painReports.reportAtCheckIn(in.attendance().memberId(), in.attendance().id(), score);
        }
    }

    @Test
    void loadingFirstOffTheUiThreadThenTheChartCalendarLevelsAndTheChangeInPlainWords() {
        annasCourse();
        UiTestContext t = new UiTestContext(gym.clock);
        MyProgressViewModel vm = viewModel(t);

        vm.load(anna.id(), "Anna K.");

        assertThat(vm.stateProperty().get()).isEqualTo(State.LOADING);
        assertThat(vm.nameProperty().get()).isEqualTo("Anna K.");
        assertThat(vm.pageProperty().get()).isNull();
        assertThat(t.background.queued()).isEqualTo(1); // nothing read on the UI thread

        t.background.runAll();

        assertThat(vm.stateProperty().get()).isEqualTo(State.READY);
        MyProgressPage page = vm.pageProperty().get();
        assertThat(page.changeSentence()).isEqualTo(
                "Your back pain is 3 points lower than when you started — that is a real improvement.");
        assertThat(page.sessions()).isEqualTo(3);
        assertThat(page.pain()).containsExactly(new PainPoint(1, 6, 4), new PainPoint(2, 3, 2),
                new PainPoint(3, 3, null));
        assertThat(page.sessionsLine()).isEqualTo("3 sessions since 3 Mar");
        assertThat(page.weekdays()).containsExactly("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su");
        // eight weeks from Monday 3 March, Monday to Sunday
        assertThat(page.weeks()).hasSize(8);
        assertThat(page.weeks().getFirst().days().getFirst()).isEqualTo(new CalendarDay(MON_3, "3", DayMark.ATTENDED));
        assertThat(days(page, DayMark.ATTENDED)).containsExactly(MON_3, THU_6, TODAY);
        assertThat(days(page, DayMark.PAST)).hasSize(5).contains(MON_3.plusDays(1)).doesNotContain(TODAY);
        assertThat(days(page, DayMark.FUTURE)).hasSize(8 * 7 - 8).contains(TODAY.plusDays(1));
        assertThat(days(page, DayMark.OUTSIDE_COURSE)).isEmpty();
        assertThat(page.levels()).containsExactly(
                new LevelLine("cat-cow", "Cat–cow", 2, 3, "level 2 of 3"),
                new LevelLine("bird-dog", "Bird-dog", 2, 4, "level 2 of 4"));
        assertThat(page.levelsNote()).isEmpty();
    }

    @Test
    void inGermanWithHalfPoints() {
        past.classOn(MON_3, ANNAS_CARD, 5, null, Map.of("bird-dog", 3));
        past.classOn(THU_6, ANNAS_CARD, 4, null, Map.of());
        checkInTodayAnswering(ANNAS_CARD, 3);
        UiTestContext t = new UiTestContext(gym.clock, Locale.GERMAN);
        MyProgressViewModel vm = viewModel(t);

        vm.load(anna.id(), "Anna K.");
        t.background.runAll();

        MyProgressPage page = vm.pageProperty().get();
        // 5 → mean of 4 and 3: 1.5 points, exactly 30 % of 5
        assertThat(page.changeSentence()).isEqualTo(
                "Ihre Rückenschmerzen sind 1,5 Punkte geringer als zu Beginn – das ist eine echte Verbesserung.");
        assertThat(page.sessionsLine()).isEqualTo("3 Einheiten seit 3. März");
        assertThat(page.weekdays()).startsWith("Mo", "Di");
        assertThat(page.levels()).extracting(LevelLine::name, LevelLine::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Vierfüßler-Diagonale (Bird-Dog)", "Stufe 3 von 4"));
    }

    @Test
    void worseAndUnchangedAndTooFewAreSaidCalmly() {
        Member ben = gym.memberWithCard("Ben", "Müller", BENS_CARD);
        past.classOn(MON_3, BENS_CARD, 2, null, Map.of());
        past.classOn(THU_6, BENS_CARD, 4, null, Map.of());
        checkInTodayAnswering(BENS_CARD, 4);
        past.classOn(THU_6, ANNAS_CARD, 5, null, Map.of());
        UiTestContext t = new UiTestContext(gym.clock);
        MyProgressViewModel vm = viewModel(t);

        vm.load(ben.id(), "Ben M.");
        t.background.runAll();
        assertThat(vm.pageProperty().get().changeSentence()).isEqualTo("Your back pain is 2 points higher than when"
                + " you started. Please tell your instructor, so they can adjust your exercises.");

        vm.load(anna.id(), "Anna K.");
        t.background.runAll();
        assertThat(vm.pageProperty().get().changeSentence())
                .isEqualTo("After a few more sessions you will see here how your back is changing.");
        assertThat(vm.pageProperty().get().levelsNote()).isEqualTo("Your levels appear here after your first class.");

        checkInTodayAnswering(ANNAS_CARD, 4);
        vm.load(anna.id(), "Anna K.");
        t.background.runAll();
        assertThat(vm.pageProperty().get().changeSentence()).startsWith("Your back pain is about the same");
    }

    @Test
    void withoutConsentThePainIsWithheldAndSaidSoButSessionsAndLevelsAreShown() {
        String katrinsCard = "04C1C2C3C4C5C6";
        Member katrin = gym.memberWithoutConsent("Katrin", "Fischer", katrinsCard);
        past.classOn(THU_6, katrinsCard, null, null, Map.of("side-plank", 1));
        UiTestContext t = new UiTestContext(gym.clock);
        MyProgressViewModel vm = viewModel(t);

        vm.load(katrin.id(), "Katrin F.");
        t.background.runAll();

        MyProgressPage page = vm.pageProperty().get();
        assertThat(page.changeSentence()).isEqualTo(
                "You chose not to keep answers about your back, so only your sessions and levels are shown.");
        assertThat(page.pain()).isEmpty();
        assertThat(days(page, DayMark.ATTENDED)).containsExactly(THU_6);
        // a course starting on a Thursday: its first and last weeks begin and end outside it
        assertThat(page.weeks()).hasSize(9);
        assertThat(days(page, DayMark.OUTSIDE_COURSE)).hasSize(3 + 4)
                .contains(MON_3, THU_6.plusWeeks(8)).doesNotContain(THU_6.plusWeeks(8).minusDays(1));
        assertThat(page.weeks().getFirst().days().getFirst().text()).isEmpty();
        assertThat(page.levels()).extracting(LevelLine::text).containsExactly("level 1 of 4");
    }

    @Test
    void aResultThatComesBackAfterTheScreenWasClearedIsDropped() {
        annasCourse();
        UiTestContext t = new UiTestContext(gym.clock);
        MyProgressViewModel vm = viewModel(t);
        vm.load(anna.id(), "Anna K.");

        vm.clear();
        t.background.runAll();

        assertCleared(vm);
    }

    @Test
    void anotherMembersLoadReplacesTheFirstAndOnlyTheirsIsShown() {
        annasCourse();
        Member ben = gym.memberWithCard("Ben", "Müller", BENS_CARD);
        past.classOn(THU_6, BENS_CARD, 7, null, Map.of());
        UiTestContext t = new UiTestContext(gym.clock);
        MyProgressViewModel vm = viewModel(t);

        vm.load(anna.id(), "Anna K.");
        vm.load(ben.id(), "Ben M.");
        t.background.runNext(); // Anna's read comes back late
        assertThat(vm.pageProperty().get()).isNull();
        t.background.runAll();

        assertThat(vm.nameProperty().get()).isEqualTo("Ben M.");
        assertThat(vm.pageProperty().get().pain()).containsExactly(new PainPoint(1, 7, null));
    }

    @Test
    void whenTheProgressCannotBeReadTheStateSaysSoAndNothingPersonalIsShown() {
        annasCourse();
        UiTestContext t = new UiTestContext(gym.clock);
        MyProgressViewModel vm = viewModel(t);

        vm.load(UUID.randomUUID(), "Nobody N."); // erased in the meantime
        t.background.runAll();
        assertThat(vm.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(vm.pageProperty().get()).isNull();

        gym.db.close();
        vm.load(anna.id(), "Anna K.");
        t.background.runAll();
        assertThat(vm.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(vm.pageProperty().get()).isNull();

        vm.clear();
        assertCleared(vm);
    }

    private static void assertCleared(MyProgressViewModel vm) {
        assertThat(vm.stateProperty().get()).isEqualTo(State.EMPTY);
        assertThat(vm.nameProperty().get()).isEmpty();
        assertThat(vm.pageProperty().get()).isNull();
    }

    private static List<LocalDate> days(MyProgressPage page, DayMark mark) {
        return page.weeks().stream().flatMap(w -> w.days().stream()).filter(d -> d.mark() == mark)
                .map(CalendarDay::date).toList();
    }
}
