package org.backclass.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backclass.ui.testing.UiTestContext.today;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.outcome.ActivityRating;
import org.backclass.domain.progress.outcome.OutcomeAnswer;
import org.backclass.domain.progress.outcome.OutcomeSchedule;
import org.backclass.domain.progress.outcome.OutcomeService;
import org.backclass.domain.progress.outcome.OutcomeWindows;
import org.backclass.domain.progress.outcome.Timepoint;
import org.backclass.store.JdbcOutcomeStore;
import org.backclass.testing.TestGym;
import org.backclass.ui.checkin.ProgressCheckViewModel.Step;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress check after today's pain, on a real gym: check-ins from the real check-in
 * service, the schedule read from and the answers stored in the SQLite file. The test thread
 * plays the UI thread; background work runs when the test says so.
 */
class ProgressCheckViewModelTest {

    private static final String ANNAS_CARD = "04A1B2C3D4E5F6";
    private static final String BENS_CARD = "04B0B1B2B3B4B5";
    private static final List<String> COMMON = List.of("Walking", "Sitting", "Standing", "Bending down", "Lifting",
            "Carrying shopping", "Getting dressed", "Sleeping", "Getting up from a chair", "Driving", "Gardening",
            "Sport");

    @TempDir
    Path dir;
    private TestGym gym;
    private UiTestContext t;
    private Member anna;
    private JdbcOutcomeStore store;
    private final AtomicInteger finished = new AtomicInteger();
    private final List<String> routines = new java.util.ArrayList<>();
    private WelcomeViewModel vm;
    private ProgressCheckViewModel check;

    @BeforeEach
    void openGym() {
        gym = new TestGym(dir, UiTestContext.START); // Monday 17:55, a class at 18:00
        t = new UiTestContext(gym.clock);
        anna = gym.memberWithCard("Anna", "Kowalski", ANNAS_CARD);
        gym.memberWithCard("Ben", "Müller", BENS_CARD);
        gym.classAt("Back Basics", today(18, 0), "Studio 2");
        store = new JdbcOutcomeStore(gym.db, gym.clock);
        vm = welcome(null);
    }

    private WelcomeViewModel welcome(java.util.function.BiConsumer<UUID, String> onRoutine) {
        WelcomeViewModel welcome = new WelcomeViewModel(t.context, gym.painReports, finished::incrementAndGet,
                onRoutine);
        welcome.checkOutcomes(new OutcomeService(store, new OutcomeSchedule(8, OutcomeWindows.defaults()), gym.clock));
        check = welcome.progressCheck();
        return welcome;
    }

    @AfterEach
    void closeGym() {
        gym.close();
    }

    private CheckInOutcome.CheckedIn checkedIn(String card) {
        CheckInOutcome outcome = gym.tap(card);
        assertThat(outcome).isInstanceOf(CheckInOutcome.CheckedIn.class);
        return (CheckInOutcome.CheckedIn) outcome;
    }

    /**
     * Anna taps in, answers today's pain (after the morning after her last session, on a later
     * visit), and the background work runs: the answers are saved, then whether a check is due.
     */
    private void annaAnswersTodaysPain() {
        vm.show(checkedIn(ANNAS_CARD));
        if (vm.morningQuestionProperty().get()) {
            vm.answer(3);
            t.background.runAll();
        }
        vm.answer(4);
        t.background.runAll();
    }

    private void answered(Member m, Timepoint tp, String... activities) {
        store.add(new OutcomeAnswer(UUID.randomUUID(), m.id(), tp, gym.clock.instant(), 5,
                List.of(new ActivityRating(activities[0], 4), new ActivityRating(activities[1], 5),
                        new ActivityRating(activities[2], 6))));
    }

    @Test
    void aNewMembersFirstVisitAsksTheBaselineAfterTodaysPainAndStoresIt() {
        vm.show(checkedIn(ANNAS_CARD));
        vm.answer(4);
        t.background.runNext(); // today's pain is saved
        // the lookup is handed to the background too: nothing is read on the UI thread
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.SAVING);
        assertThat(t.background.queued()).isEqualTo(1);
        t.background.runNext();

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.PROGRESS_CHECK);
        assertThat(check.stepProperty().get()).isEqualTo(Step.PAIN);
        assertThat(check.reratingProperty().get()).isFalse();
        check.answerPain(6);
        assertThat(check.stepProperty().get()).isEqualTo(Step.CHOOSE);
        assertThat(check.picker().choices()).extracting(ActivityPicker.Choice::label).containsExactlyElementsOf(COMMON);

        check.picker().toggle(COMMON.indexOf("Sitting"));
        check.picker().toggle(COMMON.indexOf("Walking"));
        check.picker().startTyping();
        "PLAYING GOLF".codePoints().mapToObj(Character::toString).forEach(check.picker()::type);
        check.picker().addTyped();
        assertThat(check.picker().chosenCountProperty().get()).isEqualTo(3);
        check.next();

        assertThat(check.stepProperty().get()).isEqualTo(Step.RATE);
        assertThat(check.activities()).containsExactly("Sitting", "Walking", "Playing golf");
        check.answerActivity(3);
        assertThat(check.ratingProperty().get()).isEqualTo(1);
        check.answerActivity(7);
        check.answerActivity(0);
        assertThat(check.stepProperty().get()).isEqualTo(Step.SAVING);
        assertThat(store.answers(anna.id())).as("not stored on the UI thread").isEmpty();

        t.background.runAll();

        assertThat(store.answers(anna.id())).singleElement().satisfies(a -> {
            assertThat(a.timepoint()).isEqualTo(Timepoint.BASELINE);
            assertThat(a.pain()).isEqualTo(6);
            assertThat(a.activities()).containsExactly(new ActivityRating("Sitting", 3),
                    new ActivityRating("Walking", 7), new ActivityRating("Playing golf", 0));
            assertThat(a.answeredAt()).isEqualTo(UiTestContext.START);
        });
        assertThat(gym.storedPainReports()).singleElement().satisfies(r -> assertThat(r.score()).isEqualTo(4));
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.THANKS);
        assertThat(check.stepProperty().get()).isEqualTo(Step.NONE);
        t.timers.advance(WelcomeViewModel.THANKS_SHOWN_FOR);
        assertThat(finished).hasValue(1);
    }

    @Test
    void whenNothingIsDueTheThanksComeAsBefore() {
        // Anna's course began three weeks ago: the baseline's days are over, the end of course is weeks away
        gym.visitsOnEarlierDays(ANNAS_CARD, 21);

        annaAnswersTodaysPain();

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.THANKS);
        assertThat(check.stepProperty().get()).isEqualTo(Step.NONE);
        t.timers.advance(WelcomeViewModel.THANKS_SHOWN_FOR);
        assertThat(finished).hasValue(1);
    }

    @Test
    void withoutConsentNothingIsAskedOrLookedUp() {
        Member nora = gym.memberWithoutConsent("Nora", "Berg", "04DDDDDDDDDDDD");
        gym.consent.record(nora.id(), false, HealthConsent.RecordedBy.MEMBER);

        vm.show(checkedIn("04DDDDDDDDDDDD"));

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.NO_QUESTIONS);
        assertThat(t.background.submitted()).isZero();
        vm.answer(5);
        check.answerPain(5);
        t.background.runAll();
        assertThat(store.answers(nora.id())).isEmpty();
        assertThat(check.stepProperty().get()).isEqualTo(Step.NONE);
    }

    @Test
    void notNowThanksTheMemberAndWaitsForATapOnAnotherDay() {
        annaAnswersTodaysPain();
        check.answerPain(6);

        check.notNow();

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.THANKS);
        assertThat(check.stepProperty().get()).isEqualTo(Step.NONE);
        t.background.runAll();
        assertThat(store.history(anna.id()).notNow()).singleElement()
                .satisfies(n -> assertThat(n.timepoint()).isEqualTo(Timepoint.BASELINE));
        assertThat(store.answers(anna.id())).isEmpty();

        // later that day, for another class: not asked
        vm.clear();
        gym.classAt("Evening Stretch", today(20, 0), "Studio 1");
        gym.clock.set(today(19, 50));
        annaAnswersTodaysPain();
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.THANKS);

        // the next day: asked again
        vm.clear();
        gym.clock.set(today(12, 0).plus(Duration.ofDays(1)));
        annaAnswersTodaysPain();
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.PROGRESS_CHECK);
    }

    @Test
    void aSkippedPainQuestionStillLeadsToTheCheckAndNotNowThenLeaves() {
        vm.show(checkedIn(ANNAS_CARD));

        vm.skip();
        assertThat(finished).as("not before the lookup").hasValue(0);
        t.background.runAll();
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.PROGRESS_CHECK);

        check.notNow();
        assertThat(finished).hasValue(1);
        assertThat(gym.storedPainReports()).isEmpty();
    }

    @Test
    void aMemberWithNoClassGetsTheRoutineOfferAfterTheCheck() {
        vm = welcome((member, name) -> routines.add(name));
        gym.clock.set(today(12, 0)); // open gym
        vm.show(checkedIn(ANNAS_CARD));
        vm.skip();
        t.background.runAll();
        vm.startRoutine();
        assertThat(routines).as("not in the middle of the check").isEmpty();

        check.notNow();

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.SKIPPED);
        vm.startRoutine();
        assertThat(routines).containsExactly("Anna K.");
    }

    @Test
    void aFailedSaveShowsTheCalmMessageAndThrowsNothing() {
        annaAnswersTodaysPain();
        check.answerPain(2);
        List.of(0, 1, 2).forEach(check.picker()::toggle);
        check.next();
        List.of(5, 5, 5).forEach(check::answerActivity);
        gym.db.close();

        t.background.runAll();

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.FAILED);
        assertThat(check.stepProperty().get()).isEqualTo(Step.NONE);
        vm.dismiss();
        assertThat(finished).hasValue(1);
    }

    @Test
    void aFailedLookupDoesNotHoldTheMemberUp() {
        vm.show(checkedIn(ANNAS_CARD));
        vm.answer(4);
        t.background.runNext();
        gym.db.close();

        t.background.runAll();

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.THANKS);
    }

    @Test
    void theEndOfCourseCheckRatesTheBaselinesActivitiesAgainAndShowsThem() {
        gym.visitsOnEarlierDays(ANNAS_CARD, 56);
        gym.clock.advance(Duration.ofDays(-56));
        answered(anna, Timepoint.BASELINE, "Walking the dog", "Sitting", "Gardening");
        gym.clock.set(UiTestContext.START);

        annaAnswersTodaysPain();
        check.answerPain(2);

        assertThat(check.stepProperty().get()).as("no choosing: the same three").isEqualTo(Step.RATE);
        assertThat(check.reratingProperty().get()).isTrue();
        assertThat(check.activities()).containsExactly("Walking the dog", "Sitting", "Gardening");
        List.of(8, 9, 6).forEach(check::answerActivity);
        t.background.runAll();

        assertThat(store.answers(anna.id())).extracting(OutcomeAnswer::timepoint)
                .containsExactly(Timepoint.BASELINE, Timepoint.END_OF_COURSE);
        assertThat(store.answers(anna.id()).get(1).activities()).extracting(ActivityRating::score)
                .containsExactly(8, 9, 6);
    }

    @Test
    void clearForgetsTheCheckAndALateResultDoesNotReachTheNextMember() {
        annaAnswersTodaysPain();
        check.answerPain(6);
        check.picker().toggle(0);

        vm.show(checkedIn(BENS_CARD)); // Ben taps in meanwhile
        assertThat(check.stepProperty().get()).isEqualTo(Step.NONE);
        assertThat(check.painProperty().get()).isEqualTo(ProgressCheckViewModel.NO_SCORE);
        assertThat(check.picker().choices()).isEmpty();
        assertThat(check.activities()).isEmpty();
        check.answerPain(3); // a tap on a check no longer shown does nothing
        assertThat(check.stepProperty().get()).isEqualTo(Step.NONE);

        // Ben answers; Anna's screen is long gone, and a lookup still on its way is dropped
        vm.answer(2);
        t.background.runNext();
        vm.clear();
        t.background.runAll();
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.ASKING);
        assertThat(check.stepProperty().get()).isEqualTo(Step.NONE);
        assertThat(store.answers(anna.id())).isEmpty();
    }

    @Test
    void scoresOutsideTheScaleAreRefused() {
        annaAnswersTodaysPain();

        assertThatThrownBy(() -> check.answerPain(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> check.answerActivity(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
