package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.UiTestContext.today;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backclass.domain.checkin.AttendanceRecord;
import org.backclass.domain.checkin.CheckInFailed;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.ui.KioskViewModel.Screen;
import org.backclass.ui.checkin.NoticeViewModel;
import org.backclass.ui.checkin.WelcomeViewModel;
import org.backclass.ui.checkin.WelcomeViewModel.PainState;
import org.backclass.ui.testing.FakeTimetable;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.Test;

class KioskViewModelTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final UiTestContext t = new UiTestContext();
    private final FakeTimetable timetable = new FakeTimetable();
    private final List<PainReport> stored = new CopyOnWriteArrayList<>();
    private final PainReportService painReports = new PainReportService(stored::add, t.clock);
    private final KioskViewModel vm = new KioskViewModel(t.context, timetable, painReports, TIMEOUT);
    private final ClassSession backBasics = FakeTimetable.session("Back Basics", today(18, 0), "Studio 2");

    private CheckInOutcome.CheckedIn checkedIn(String shortName) {
        AttendanceRecord row = new AttendanceRecord(UUID.randomUUID(), UUID.randomUUID(), backBasics.id(),
                LocalDate.of(2025, 3, 10), t.clock.instant(), UUID.randomUUID());
        return new CheckInOutcome.CheckedIn(row, shortName, backBasics, 7, System.nanoTime());
    }

    @Test
    void aCheckInShowsTheWelcome() {
        vm.handle(checkedIn("Anna K."));

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.WELCOME);
        assertThat(vm.welcome().nameProperty().get()).isEqualTo("Anna K.");
        assertThat(vm.welcome().sessionLineProperty().get()).isEqualTo("Session 7");
    }

    @Test
    void theIdleTimeoutReturnsToIdleAndClearsEveryPersonalDetail() {
        // given a welcome whose answer could not be saved: the screen stays up with the answer marked
        KioskViewModel failing = new KioskViewModel(t.context, timetable, new PainReportService(r -> {
            throw new IllegalStateException("disk full");
        }, t.clock), TIMEOUT);
        failing.handle(checkedIn("Anna K."));
        failing.welcome().answer(5);
        t.background.runAll();
        assertThat(failing.welcome().painStateProperty().get()).isEqualTo(PainState.FAILED);

        // when the idle timeout passes
        t.timers.advance(TIMEOUT);

        // then
        assertThat(failing.screenProperty().get()).isEqualTo(Screen.IDLE);
        assertWelcomeCleared(failing.welcome());
    }

    @Test
    void aWelcomeLeftAloneTimesOutAfterExactlyTheIdleTimeout() {
        vm.handle(checkedIn("Anna K."));

        t.timers.advance(TIMEOUT.minusMillis(1));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.WELCOME);
        t.timers.advance(Duration.ofMillis(1));

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
        assertWelcomeCleared();
    }

    @Test
    void anyInteractionRestartsTheTimeout() {
        vm.handle(checkedIn("Anna K."));

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
        CheckInOutcome.CheckedIn anna = checkedIn("Anna K.");
        vm.handle(anna);
        vm.welcome().answer(4);

        // when Ben checks in
        vm.handle(checkedIn("Ben M."));
        t.background.runAll();

        // then Ben is greeted and asked afresh; Anna's answer went to Anna's check-in
        assertThat(vm.welcome().nameProperty().get()).isEqualTo("Ben M.");
        assertThat(vm.welcome().painStateProperty().get()).isEqualTo(PainState.ASKING);
        assertThat(stored).singleElement().satisfies(r -> assertThat(r.attendanceId())
                .isEqualTo(anna.attendance().id()));
    }

    @Test
    void aPainTapGoesToTheServiceThroughTheBackgroundExecutor() {
        CheckInOutcome.CheckedIn anna = checkedIn("Anna K.");
        vm.handle(anna);
        t.background.runAll(); // the timetable refresh the check-in asked for

        vm.welcome().answer(4);
        assertThat(stored).isEmpty();
        t.background.runAll();

        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.score()).isEqualTo(4);
            assertThat(r.memberId()).isEqualTo(anna.attendance().memberId());
        });
        t.timers.advance(Duration.ofSeconds(3));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
        assertWelcomeCleared();
    }

    @Test
    void skipGoesStraightBackToIdle() {
        vm.handle(checkedIn("Anna K."));

        vm.welcome().skip();

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
        assertWelcomeCleared();
    }

    @Test
    void alreadyCheckedInSaysSoCalmlyAndIsClearedLater() {
        vm.handle(new CheckInOutcome.AlreadyCheckedIn(UUID.randomUUID(), UUID.randomUUID(), "Anna K.", backBasics,
                Instant.now(), 0L));

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.ALREADY_CHECKED_IN);
        assertThat(vm.already().headlineProperty().get()).isEqualTo("You’re already checked in");
        assertThat(vm.already().bodyProperty().get())
                .isEqualTo("for Back Basics at 18:00 — see you on the mat, Anna\u00A0K.");

        t.timers.advance(TIMEOUT);
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
        assertNoticeCleared(vm.already());
    }

    @Test
    void alreadyCheckedInForOpenGym() {
        vm.handle(new CheckInOutcome.AlreadyCheckedIn(UUID.randomUUID(), UUID.randomUUID(), "Anna K.", null,
                Instant.now(), 0L));

        assertThat(vm.already().bodyProperty().get()).isEqualTo("for today’s open gym — see you on the mat, Anna\u00A0K.");
    }

    @Test
    void anUnknownCardNeverShowsTheCardNumber() {
        vm.handle(new CheckInOutcome.UnknownCard("A:04A1B2C3", 0L));

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.UNKNOWN_CARD);
        assertThat(vm.unknownCard().headlineProperty().get()).isEqualTo("We don’t recognise this card");
        assertThat(vm.unknownCard().bodyProperty().get()).contains("front desk").doesNotContain("04A1B2C3");
    }

    @Test
    void aFailedCheckInReplacesAWelcome() {
        vm.handle(checkedIn("Anna K."));

        vm.handle(new CheckInFailed(0L));

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.CHECK_IN_FAILED);
        assertThat(vm.checkInFailed().headlineProperty().get()).isEqualTo("Something went wrong");
        assertThat(vm.checkInFailed().bodyProperty().get()).contains("tap your card again");
        assertWelcomeCleared();
    }

    @Test
    void anIgnoredRepeatChangesNothing() {
        vm.handle(checkedIn("Anna K."));
        t.timers.advance(Duration.ofSeconds(15));

        vm.handle(new CheckInOutcome.Ignored("A:04A1B2C3", 0L));

        assertThat(vm.welcome().nameProperty().get()).isEqualTo("Anna K.");
        // and it did not keep the screen up longer
        t.timers.advance(Duration.ofSeconds(5));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
    }

    @Test
    void aCheckInRefreshesTodaysClasses() {
        vm.handle(checkedIn("Anna K."));
        t.background.runAll();

        assertThat(timetable.reads()).hasSize(1);
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
