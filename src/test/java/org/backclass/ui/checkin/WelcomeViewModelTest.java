package org.backclass.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backclass.ui.testing.UiTestContext.today;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.member.Member;
import org.backclass.testing.TestGym;
import org.backclass.ui.checkin.PainState;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The welcome ViewModel on a real gym: check-ins come from the real check-in service, pain
 * answers go through the real pain-report service into the SQLite file. The test thread
 * plays the UI thread; background work runs when the test says so.
 */
class WelcomeViewModelTest {

    private static final String ANNAS_CARD = "04A1B2C3D4E5F6";
    private static final String BENS_CARD = "04B0B1B2B3B4B5";

    @TempDir
    Path dir;
    private TestGym gym;
    private UiTestContext t;
    private Member anna;
    private final AtomicInteger finished = new AtomicInteger();
    private WelcomeViewModel vm;

    @BeforeEach
    void openGym() {
        gym = new TestGym(dir, UiTestContext.START); // Monday 17:55
        t = new UiTestContext(gym.clock);
        anna = gym.memberWithCard("Anna", "Kowalski", ANNAS_CARD);
        gym.memberWithCard("Ben", "Müller", BENS_CARD);
        gym.classAt("Back Basics", today(18, 0), "Studio 2");
        vm = new WelcomeViewModel(t.context, gym.painReports, finished::incrementAndGet, null);
    }

    @AfterEach
    void closeGym() {
        gym.close();
    }

    /** The card is presented now; the check-in is committed to the file. */
    private CheckInOutcome.CheckedIn checkedIn(String card) {
        CheckInOutcome outcome = gym.tap(card);
        assertThat(outcome).isInstanceOf(CheckInOutcome.CheckedIn.class);
        return (CheckInOutcome.CheckedIn) outcome;
    }

    @Test
    void showsShortNameClassAndSessionNumber() {
        gym.visitsOnEarlierDays(ANNAS_CARD, 11);

        vm.show(checkedIn(ANNAS_CARD));

        assertThat(vm.nameProperty().get()).isEqualTo("Anna K.");
        assertThat(vm.classLineProperty().get()).isEqualTo("Back Basics at 18:00, Studio 2");
        assertThat(vm.sessionLineProperty().get()).isEqualTo("Session 12");
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.ASKING);
    }

    @Test
    void anOpenGymVisitSaysSo() {
        gym.clock.set(today(12, 0)); // hours before the only class

        vm.show(checkedIn(ANNAS_CARD));

        assertThat(vm.classLineProperty().get()).isEqualTo("Open gym — no class right now");
    }

    @Test
    void aTapIsStoredOnTheBackgroundExecutorThenThanksThenFinished() {
        // given
        CheckInOutcome.CheckedIn in = checkedIn(ANNAS_CARD);
        vm.show(in);

        // when
        vm.answer(4);

        // then the store has not been touched on the UI thread
        assertThat(gym.storedPainReports()).isEmpty();
        assertThat(t.background.queued()).isEqualTo(1);
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.SAVING);
        assertThat(vm.selectedScoreProperty().get()).isEqualTo(4);

        t.background.runAll();

        assertThat(gym.storedPainReports()).singleElement().satisfies(r -> {
            assertThat(r.score()).isEqualTo(4);
            assertThat(r.memberId()).isEqualTo(in.attendance().memberId()).isEqualTo(anna.id());
            assertThat(r.attendanceId()).isEqualTo(in.attendance().id());
            assertThat(r.context()).isEqualTo(PainReport.AT_CHECK_IN);
            assertThat(r.reportedAt()).isEqualTo(UiTestContext.START);
        });
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.THANKS);
        assertThat(finished).hasValue(0);

        t.timers.advance(WelcomeViewModel.THANKS_SHOWN_FOR);
        assertThat(finished).hasValue(1);
    }

    @Test
    void aSecondTapWhileSavingIsIgnored() {
        vm.show(checkedIn(ANNAS_CARD));

        vm.answer(4);
        vm.answer(9);
        t.background.runAll();

        assertThat(gym.storedPainReports()).extracting(PainReport::score).containsExactly(4);
    }

    @Test
    void aFailedSaveShowsTheCalmMessageAndThrowsNothing() {
        // given Anna is welcomed, and then the database goes away
        vm.show(checkedIn(ANNAS_CARD));
        gym.db.close();

        vm.answer(7);
        t.background.runAll();

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.FAILED);
        assertThat(gym.storedPainReports()).isEmpty();
        assertThat(finished).hasValue(0);

        vm.dismiss();
        assertThat(finished).hasValue(1);
    }

    @Test
    void aLateResultForAnEarlierMemberDoesNotTouchTheNextOne() {
        // given Anna answered, and before it was saved Ben checked in
        CheckInOutcome.CheckedIn annasCheckIn = checkedIn(ANNAS_CARD);
        vm.show(annasCheckIn);
        vm.answer(4);
        vm.show(checkedIn(BENS_CARD));

        // when Anna's answer is saved
        t.background.runAll();

        // then it is stored for Anna's check-in, and Ben's screen still asks him
        assertThat(gym.storedPainReports()).singleElement()
                .satisfies(r -> assertThat(r.attendanceId()).isEqualTo(annasCheckIn.attendance().id()));
        assertThat(vm.nameProperty().get()).isEqualTo("Ben M.");
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.ASKING);
        assertThat(vm.selectedScoreProperty().get()).isEqualTo(WelcomeViewModel.NO_SCORE);
    }

    @Test
    void skipFinishesWithoutStoringAnything() {
        vm.show(checkedIn(ANNAS_CARD));

        vm.skip();

        assertThat(finished).hasValue(1);
        assertThat(t.background.submitted()).isZero();
        assertThat(gym.storedPainReports()).isEmpty();
    }

    @Test
    void clearForgetsEverythingPersonal() {
        vm.show(checkedIn(ANNAS_CARD));
        vm.answer(6);
        t.background.runAll();

        vm.clear();

        assertThat(vm.nameProperty().get()).isEmpty();
        assertThat(vm.classLineProperty().get()).isEmpty();
        assertThat(vm.sessionLineProperty().get()).isEmpty();
        assertThat(vm.selectedScoreProperty().get()).isEqualTo(WelcomeViewModel.NO_SCORE);
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.ASKING);
        // the thank-you timer went with it
        t.timers.advance(Duration.ofSeconds(10));
        assertThat(finished).hasValue(0);
        // and a tap on a cleared screen does nothing
        vm.answer(3);
        assertThat(t.background.queued()).isZero();
    }

    @Test
    void scoresOutsideTheScaleAreRefused() {
        vm.show(checkedIn(ANNAS_CARD));

        assertThatThrownBy(() -> vm.answer(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vm.answer(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    // --- "start my routine" for a member with no class ---

    private final java.util.List<String> routines = new java.util.ArrayList<>();

    private WelcomeViewModel withRoutines() {
        return new WelcomeViewModel(t.context, gym.painReports, finished::incrementAndGet,
                (member, name) -> routines.add(member + " " + name));
    }

    @Test
    void aMemberWithNoClassIsOfferedTheirRoutineAfterAnsweringAndTheScreenWaitsForThem() {
        WelcomeViewModel welcome = withRoutines();
        gym.clock.set(today(12, 0)); // open gym

        welcome.show(checkedIn(ANNAS_CARD));
        assertThat(welcome.routineOfferedProperty().get()).isTrue();
        welcome.startRoutine(); // not before the pain question is answered or skipped
        assertThat(routines).isEmpty();

        welcome.answer(3);
        t.background.runAll();
        assertThat(welcome.painStateProperty().get()).isEqualTo(PainState.THANKS);
        t.timers.advance(WelcomeViewModel.THANKS_SHOWN_FOR.multipliedBy(2));
        assertThat(finished).as("no automatic goodbye: the member chooses").hasValue(0);

        welcome.startRoutine();
        assertThat(routines).containsExactly(anna.id() + " Anna K.");
    }

    @Test
    void skippingTheQuestionStillOffersTheRoutineAndDoneLeaves() {
        WelcomeViewModel welcome = withRoutines();
        gym.clock.set(today(12, 0));
        welcome.show(checkedIn(ANNAS_CARD));

        welcome.skip();

        assertThat(welcome.painStateProperty().get()).isEqualTo(PainState.SKIPPED);
        assertThat(finished).hasValue(0);
        assertThat(gym.storedPainReports()).isEmpty();
        welcome.dismiss();
        assertThat(finished).hasValue(1);
        assertThat(routines).isEmpty();
    }

    @Test
    void aMemberCheckedIntoAClassIsNotOfferedARoutine() {
        WelcomeViewModel welcome = withRoutines();

        welcome.show(checkedIn(ANNAS_CARD)); // the 18:00 class
        welcome.skip();

        assertThat(welcome.routineOfferedProperty().get()).isFalse();
        assertThat(finished).hasValue(1);
        welcome.startRoutine();
        assertThat(routines).isEmpty();
    }

    @Test
    void clearWithdrawsTheOffer() {
        WelcomeViewModel welcome = withRoutines();
        gym.clock.set(today(12, 0));
        welcome.show(checkedIn(ANNAS_CARD));
        welcome.skip();

        welcome.clear();

        assertThat(welcome.routineOfferedProperty().get()).isFalse();
        assertThat(welcome.isShowing(anna.id())).isFalse();
        welcome.startRoutine();
        assertThat(routines).isEmpty();
    }

    // --- consent to health data ---

    private static final String NEW_CARD = "04DDDDDDDDDDDD";

    @Test
    void aMemberNeverAskedIsAskedForConsentFirstAndYesLeadsToThePainQuestion() {
        Member new1 = gym.memberWithoutConsent("Nora", "Berg", NEW_CARD);

        vm.show(checkedIn(NEW_CARD));
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.CONSENT);
        vm.answer(4); // no pain answer before consent
        assertThat(gym.storedPainReports()).isEmpty();

        vm.answerConsent(true);
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.SAVING_CONSENT);
        t.background.runAll();
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.ASKING);
        assertThat(gym.consent.current(new1.id())).isEqualTo(org.backclass.domain.consent.ConsentState.GIVEN);

        vm.answer(4);
        t.background.runAll();
        assertThat(gym.storedPainReports()).extracting(PainReport::score).containsExactly(4);
    }

    @Test
    void noMeansAttendanceOnlyAndTheScreenGoesByItself() {
        Member new1 = gym.memberWithoutConsent("Nora", "Berg", NEW_CARD);
        vm.show(checkedIn(NEW_CARD));

        vm.answerConsent(false);
        t.background.runAll();

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.NO_QUESTIONS);
        assertThat(gym.consent.current(new1.id())).isEqualTo(org.backclass.domain.consent.ConsentState.REFUSED);
        assertThat(gym.attendanceRows(new1.id())).isEqualTo(1);
        t.timers.advance(WelcomeViewModel.THANKS_SHOWN_FOR.multipliedBy(2));
        assertThat(finished).hasValue(1);
        assertThat(gym.storedPainReports()).isEmpty();
    }

    @Test
    void aMemberWhoRefusedIsAskedNothingNextTime() {
        Member new1 = gym.memberWithoutConsent("Nora", "Berg", NEW_CARD);
        gym.consent.record(new1.id(), false, org.backclass.domain.consent.HealthConsent.RecordedBy.STAFF);

        vm.show(checkedIn(NEW_CARD));

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.NO_QUESTIONS);
        vm.answer(3);
        t.background.runAll();
        assertThat(gym.storedPainReports()).isEmpty();
    }

    @Test
    void withdrawingOnTheKioskStopsTheQuestionAtOnceAndTheStoreRefusesLaterAnswers() {
        vm.show(checkedIn(ANNAS_CARD));
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.ASKING);

        vm.withdrawConsent();
        t.background.runAll();

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.NO_QUESTIONS);
        assertThat(gym.consent.current(anna.id())).isEqualTo(org.backclass.domain.consent.ConsentState.REFUSED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gym.painReports.reportAtCheckIn(anna.id(),
                        gym.tapAttendanceIdOf(anna.id()), 5))
                .isInstanceOf(org.backclass.domain.consent.NoConsentException.class);
        assertThat(gym.storedPainReports()).isEmpty();
    }

    // --- the red-flag check ---

    private final java.util.List<org.backclass.domain.event.KioskEvent> raised =
            new java.util.concurrent.CopyOnWriteArrayList<>();

    private WelcomeViewModel checkingRedFlags() {
        gym.events.subscribe(raised::add);
        WelcomeViewModel welcome = new WelcomeViewModel(t.context, gym.painReports, finished::incrementAndGet, null);
        welcome.checkRedFlags(new org.backclass.domain.redflag.RedFlagService(gym.redFlags, gym.events));
        return welcome;
    }

    private Member consentedButNeverChecked() {
        Member m = gym.memberWithoutConsent("Nora", "Berg", NEW_CARD);
        gym.consent.record(m.id(), true, org.backclass.domain.consent.HealthConsent.RecordedBy.MEMBER);
        return m;
    }

    @Test
    void theFirstVisitAsksTheRedFlagQuestionsAndNoneLeadsToThePainQuestion() {
        WelcomeViewModel welcome = checkingRedFlags();
        Member nora = consentedButNeverChecked();

        welcome.show(checkedIn(NEW_CARD));
        assertThat(welcome.painStateProperty().get()).isEqualTo(PainState.RED_FLAGS);
        welcome.answerRedFlags(false);
        t.background.runAll();

        assertThat(welcome.painStateProperty().get()).isEqualTo(PainState.ASKING);
        assertThat(gym.redFlags.openFor(java.util.List.of(nora.id()))).isEmpty();
        assertThat(raised).noneMatch(e -> e instanceof org.backclass.domain.redflag.RedFlagRaised);
    }

    @Test
    void aYesNeverBlocksTheCheckInShowsTheCalmMessageAndAlertsTheInstructor() {
        WelcomeViewModel welcome = checkingRedFlags();
        Member nora = consentedButNeverChecked();

        welcome.show(checkedIn(NEW_CARD));
        welcome.answerRedFlags(true);
        t.background.runAll();

        assertThat(welcome.painStateProperty().get()).isEqualTo(PainState.RED_FLAG_STOP);
        assertThat(gym.attendanceRows(nora.id())).isEqualTo(1);
        assertThat(gym.redFlags.openFor(java.util.List.of(nora.id()))).containsExactly(nora.id());
        assertThat(raised).filteredOn(e -> e instanceof org.backclass.domain.redflag.RedFlagRaised)
                .singleElement().isEqualTo(new org.backclass.domain.redflag.RedFlagRaised(nora.id(), "Nora B."));
        assertThat(gym.storedPainReports()).isEmpty();
    }

    @Test
    void theCheckComesBackAfterFourWeeksButNotBefore() {
        WelcomeViewModel welcome = checkingRedFlags();
        consentedButNeverChecked();
        welcome.show(checkedIn(NEW_CARD));
        welcome.answerRedFlags(false);
        t.background.runAll();
        welcome.clear();

        gym.clock.advance(java.time.Duration.ofDays(27));
        welcome.show(checkedIn(NEW_CARD));
        assertThat(welcome.painStateProperty().get()).isEqualTo(PainState.ASKING);
        welcome.clear();

        gym.clock.advance(java.time.Duration.ofDays(2));
        welcome.show(checkedIn(NEW_CARD));
        assertThat(welcome.painStateProperty().get()).isEqualTo(PainState.RED_FLAGS);
    }

    @Test
    void withoutConsentNoRedFlagAnswerIsStored() {
        gym.memberWithoutConsent("Nora", "Berg", NEW_CARD);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> gym.redFlags.record(
                        gym.members.search("Nora", 1).getFirst().id(), null, true))
                .isInstanceOf(org.backclass.domain.consent.NoConsentException.class);
    }

    // --- the morning after last time ---

    @Test
    void aReturningMemberIsFirstAskedAboutTheMorningAfterThenAboutToday() {
        gym.visitsOnEarlierDays(ANNAS_CARD, 1);

        vm.show(checkedIn(ANNAS_CARD));
        assertThat(vm.morningQuestionProperty().get()).isTrue();
        vm.answer(5);
        t.background.runAll();
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.ASKING);
        assertThat(vm.morningQuestionProperty().get()).isFalse();
        assertThat(vm.selectedScoreProperty().get()).isEqualTo(WelcomeViewModel.NO_SCORE);
        vm.answer(3);
        t.background.runAll();

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.THANKS);
        // both answered in the same instant of the test clock: the order of the rows is not the point
        assertThat(gym.storedPainReports()).extracting(PainReport::context, PainReport::score)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(PainReport.MORNING_AFTER, 5),
                org.assertj.core.groups.Tuple.tuple(PainReport.AT_CHECK_IN, 3));
    }

    @Test
    void theMorningQuestionCanBeSkippedAndAFirstVisitIsNotAskedIt() {
        vm.show(checkedIn(ANNAS_CARD));
        assertThat(vm.morningQuestionProperty().get()).as("first visit").isFalse();
        vm.clear();

        gym.clock.advance(java.time.Duration.ofDays(1));
        vm.show(checkedIn(ANNAS_CARD));
        assertThat(vm.morningQuestionProperty().get()).isTrue();
        vm.skip();
        assertThat(vm.morningQuestionProperty().get()).isFalse();
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.ASKING);
        assertThat(finished).hasValue(0);
        assertThat(gym.storedPainReports()).isEmpty();
    }
}
