package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backclass.ui.testing.UiTestContext.today;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backclass.domain.checkin.CheckInFailed;
import org.backclass.domain.checkin.CardReadForDesk;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.CheckInUnavailableException;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.member.Member;
import org.backclass.testing.TestGym;
import org.backclass.ui.KioskViewModel.Screen;
import org.backclass.ui.checkin.NoticeViewModel;
import org.backclass.ui.checkin.WelcomeViewModel;
import org.backclass.ui.checkin.PainState;
import org.backclass.ui.idle.IdleViewModel.ClassesState;
import org.backclass.ui.idle.UpcomingClass;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's screen rules on a real gym: outcomes come from the real check-in service on a
 * SQLite file, the timetable and pain answers go through the real stores. The test thread
 * plays the UI thread; background work runs when the test says so.
 */
class KioskViewModelTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String ANNAS_CARD = "04A1B2C3D4E5F6";
    private static final String BENS_CARD = "04B0B1B2B3B4B5";
    private static final String NOBODYS_CARD = "04A1B2C3";

    @TempDir
    Path dir;
    private TestGym gym;
    private UiTestContext t;
    private Member anna;
    private KioskViewModel vm;

    @BeforeEach
    void openGym() {
        gym = new TestGym(dir, UiTestContext.START); // Monday 17:55
        t = new UiTestContext(gym.clock);
        anna = gym.memberWithCard("Anna", "Kowalski", ANNAS_CARD);
        gym.memberWithCard("Ben", "Müller", BENS_CARD);
        gym.classAt("Back Basics", today(18, 0), "Studio 2");
        vm = new KioskViewModel(t.context, gym.timetable, gym.painReports, TIMEOUT, null, null);
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

    /** The card is presented again well after the reader's repeat window. */
    private CheckInOutcome tappedAgainLater(String card) {
        gym.clock.advance(Duration.ofSeconds(30));
        return gym.tap(card);
    }

    @Test
    void aCheckInShowsTheWelcome() {
        gym.visitsOnEarlierDays(ANNAS_CARD, 6);

        vm.handle(checkedIn(ANNAS_CARD));

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.WELCOME);
        assertThat(vm.welcome().nameProperty().get()).isEqualTo("Anna K.");
        assertThat(vm.welcome().sessionLineProperty().get()).isEqualTo("Session 7");
    }

    @Test
    void theIdleTimeoutReturnsToIdleAndClearsEveryPersonalDetail() {
        // given a welcome whose answer could not be saved (the database went away):
        // the screen stays up with the answer marked
        vm.handle(checkedIn(ANNAS_CARD));
        t.background.runAll(); // the timetable refresh the check-in asked for
        gym.db.close();
        vm.welcome().answer(5);
        t.background.runAll();
        assertThat(vm.welcome().painStateProperty().get()).isEqualTo(PainState.FAILED);
        assertThat(vm.welcome().selectedScoreProperty().get()).isEqualTo(5);

        // when the idle timeout passes
        t.timers.advance(TIMEOUT);

        // then
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
        assertWelcomeCleared();
        assertThat(gym.storedPainReports()).isEmpty();
    }

    @Test
    void aWelcomeLeftAloneTimesOutAfterExactlyTheIdleTimeout() {
        vm.handle(checkedIn(ANNAS_CARD));

        t.timers.advance(TIMEOUT.minusMillis(1));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.WELCOME);
        t.timers.advance(Duration.ofMillis(1));

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
        assertWelcomeCleared();
    }

    @Test
    void anyInteractionRestartsTheTimeout() {
        vm.handle(checkedIn(ANNAS_CARD));

        t.timers.advance(Duration.ofSeconds(15));
        vm.registerInteraction();
        t.timers.advance(Duration.ofSeconds(15));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.WELCOME);

        t.timers.advance(Duration.ofSeconds(5));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
    }

    @Test
    void aNewCheckInReplacesTheWelcomeAndItsAnswer() {
        // given Anna tapped 4 but it is not saved yet
        CheckInOutcome.CheckedIn annasCheckIn = checkedIn(ANNAS_CARD);
        vm.handle(annasCheckIn);
        vm.welcome().answer(4);

        // when Ben checks in
        vm.handle(checkedIn(BENS_CARD));
        t.background.runAll();

        // then Ben is greeted and asked afresh; Anna's answer went to Anna's check-in
        assertThat(vm.welcome().nameProperty().get()).isEqualTo("Ben M.");
        assertThat(vm.welcome().painStateProperty().get()).isEqualTo(PainState.ASKING);
        assertThat(gym.storedPainReports()).singleElement().satisfies(r -> {
            assertThat(r.attendanceId()).isEqualTo(annasCheckIn.attendance().id());
            assertThat(r.memberId()).isEqualTo(anna.id());
        });
    }

    @Test
    void aPainTapGoesToTheServiceThroughTheBackgroundExecutor() {
        CheckInOutcome.CheckedIn annasCheckIn = checkedIn(ANNAS_CARD);
        vm.handle(annasCheckIn);
        t.background.runAll(); // the timetable refresh the check-in asked for

        vm.welcome().answer(4);
        assertThat(gym.storedPainReports()).isEmpty();
        t.background.runAll();

        assertThat(gym.storedPainReports()).singleElement().satisfies(r -> {
            assertThat(r.score()).isEqualTo(4);
            assertThat(r.memberId()).isEqualTo(annasCheckIn.attendance().memberId()).isEqualTo(anna.id());
            assertThat(r.attendanceId()).isEqualTo(annasCheckIn.attendance().id());
        });
        t.timers.advance(Duration.ofSeconds(3));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
        assertWelcomeCleared();
    }

    @Test
    void skipGoesStraightBackToIdle() {
        vm.handle(checkedIn(ANNAS_CARD));

        vm.welcome().skip();

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
        assertWelcomeCleared();
    }

    @Test
    void alreadyCheckedInSaysSoCalmlyAndIsClearedLater() {
        checkedIn(ANNAS_CARD);
        CheckInOutcome again = tappedAgainLater(ANNAS_CARD);
        assertThat(again).isInstanceOf(CheckInOutcome.AlreadyCheckedIn.class);

        vm.handle(again);

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.ALREADY_CHECKED_IN);
        assertThat(vm.notices().already().headlineProperty().get()).isEqualTo("You’re already checked in");
        assertThat(vm.notices().already().bodyProperty().get())
                .isEqualTo("for Back Basics at 18:00 — see you on the mat, Anna\u00A0K.");

        t.timers.advance(TIMEOUT);
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
        assertNoticeCleared(vm.notices().already());
    }

    @Test
    void alreadyCheckedInForOpenGym() {
        gym.clock.set(today(12, 0)); // hours before the only class
        checkedIn(ANNAS_CARD);
        CheckInOutcome again = tappedAgainLater(ANNAS_CARD);
        assertThat(again).isInstanceOf(CheckInOutcome.AlreadyCheckedIn.class);

        vm.handle(again);

        assertThat(vm.notices().already().bodyProperty().get()).isEqualTo("for today’s open gym — see you on the mat, Anna\u00A0K.");
    }

    @Test
    void anUnknownCardNeverShowsTheCardNumber() {
        CheckInOutcome unknown = gym.tap(NOBODYS_CARD);
        assertThat(unknown).isInstanceOf(CheckInOutcome.UnknownCard.class);

        vm.handle(unknown);

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.UNKNOWN_CARD);
        assertThat(vm.notices().unknownCard().headlineProperty().get()).isEqualTo("We don’t recognise this card");
        assertThat(vm.notices().unknownCard().bodyProperty().get()).contains("front desk").doesNotContain("04A1B2C3");
    }

    @Test
    void aTapTheFrontDeskAskedForSaysSoAndClosesTheWelcomeShowing() {
        vm.handle(checkedIn(ANNAS_CARD));

        vm.handle(new CardReadForDesk(true));

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.UNKNOWN_CARD);
        assertThat(vm.welcome().isShowing(gym.members.listWithCards().get(0).id())).isFalse();
        assertThat(vm.notices().unknownCard().headlineProperty().get()).isEqualTo("Card read for the front desk");
        assertThat(vm.notices().unknownCard().bodyProperty().get()).contains("checked nobody in");
        vm.handle(new CardReadForDesk(false));
        assertThat(vm.notices().unknownCard().bodyProperty().get()).contains("only part of the card’s number");
    }

    @Test
    void aFailedCheckInReplacesAWelcome() {
        vm.handle(checkedIn(ANNAS_CARD));
        // the next check-in cannot be recorded: the database has gone away
        List<KioskEvent> published = new CopyOnWriteArrayList<>();
        gym.events.subscribe(published::add);
        gym.db.close();
        assertThatThrownBy(() -> gym.tap(BENS_CARD)).isInstanceOf(CheckInUnavailableException.class);
        assertThat(published).singleElement().isInstanceOf(CheckInFailed.class);

        vm.handle(published.get(0));

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.CHECK_IN_FAILED);
        assertThat(vm.notices().checkInFailed().headlineProperty().get()).isEqualTo("Something went wrong");
        assertThat(vm.notices().checkInFailed().bodyProperty().get()).contains("tap your card again");
        assertWelcomeCleared();
    }

    @Test
    void anIgnoredRepeatChangesNothing() {
        vm.handle(checkedIn(ANNAS_CARD));

        // when the card stays on the reader for 15 s, read every 3 s (the repeat window)
        for (int i = 0; i < 5; i++) {
            t.timers.advance(Duration.ofSeconds(3));
            CheckInOutcome repeat = gym.tap(ANNAS_CARD);
            assertThat(repeat).isInstanceOf(CheckInOutcome.Ignored.class);
            vm.handle(repeat);
        }

        assertThat(vm.welcome().nameProperty().get()).isEqualTo("Anna K.");
        // and it did not keep the screen up longer
        t.timers.advance(Duration.ofSeconds(5));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
    }

    @Test
    void aCheckInRefreshesTodaysClasses() {
        vm.handle(checkedIn(ANNAS_CARD));
        assertThat(t.background.queued()).isEqualTo(1);
        t.background.runAll();

        // exactly one timetable read, and it found today's class in the file
        assertThat(t.background.submitted()).isEqualTo(1);
        assertThat(vm.idle().classesStateProperty().get()).isEqualTo(ClassesState.READY);
        assertThat(vm.idle().classesProperty()).extracting(UpcomingClass::name).containsExactly("Back Basics");
    }

    private void assertWelcomeCleared() {
        assertWelcomeCleared(vm.welcome());
    }

    private static void assertWelcomeCleared(WelcomeViewModel w) {
        assertThat(w.nameProperty().get()).isEmpty();
        assertThat(w.classLineProperty().get()).isEmpty();
        assertThat(w.sessionLineProperty().get()).isEmpty();
        assertThat(w.selectedScoreProperty().get()).isEqualTo(WelcomeViewModel.NO_SCORE);
    }

    private static void assertNoticeCleared(NoticeViewModel notice) {
        assertThat(notice.headlineProperty().get()).isEmpty();
        assertThat(notice.bodyProperty().get()).isEmpty();
    }
}
