package org.backclass.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backclass.ui.testing.UiTestContext.today;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.backclass.domain.checkin.AttendanceRecord;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.ui.checkin.WelcomeViewModel.PainState;
import org.backclass.ui.testing.FakeTimetable;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.Test;

class WelcomeViewModelTest {

    private final UiTestContext t = new UiTestContext();
    private final List<PainReport> stored = new CopyOnWriteArrayList<>();
    private volatile RuntimeException storeFailure;
    private final PainReportService painReports = new PainReportService(report -> {
        if (storeFailure != null) {
            throw storeFailure;
        }
        stored.add(report);
    }, t.clock);
    private final AtomicInteger finished = new AtomicInteger();
    private final WelcomeViewModel vm = new WelcomeViewModel(t.context, painReports, finished::incrementAndGet);

    static CheckInOutcome.CheckedIn checkedIn(String shortName, boolean inClass, int visit) {
        AttendanceRecord row = new AttendanceRecord(UUID.randomUUID(), UUID.randomUUID(), null,
                LocalDate.of(2025, 3, 10), UiTestContext.START, UUID.randomUUID());
        return new CheckInOutcome.CheckedIn(row, shortName,
                inClass ? FakeTimetable.session("Back Basics", today(18, 0), "Studio 2") : null, visit, 0L);
    }

    @Test
    void showsShortNameClassAndSessionNumber() {
        vm.show(checkedIn("Anna K.", true, 12));

        assertThat(vm.nameProperty().get()).isEqualTo("Anna K.");
        assertThat(vm.classLineProperty().get()).isEqualTo("Back Basics at 18:00, Studio 2");
        assertThat(vm.sessionLineProperty().get()).isEqualTo("Session 12");
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.ASKING);
    }

    @Test
    void anOpenGymVisitSaysSo() {
        vm.show(checkedIn("Anna K.", false, 3));

        assertThat(vm.classLineProperty().get()).isEqualTo("Open gym — no class right now");
    }

    @Test
    void aTapIsStoredOnTheBackgroundExecutorThenThanksThenFinished() {
        // given
        CheckInOutcome.CheckedIn in = checkedIn("Anna K.", true, 1);
        vm.show(in);

        // when
        vm.answer(4);

        // then the store has not been touched on the UI thread
        assertThat(stored).isEmpty();
        assertThat(t.background.queued()).isEqualTo(1);
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.SAVING);
        assertThat(vm.selectedScoreProperty().get()).isEqualTo(4);

        t.background.runAll();

        assertThat(stored).singleElement().satisfies(r -> {
            assertThat(r.score()).isEqualTo(4);
            assertThat(r.memberId()).isEqualTo(in.attendance().memberId());
            assertThat(r.attendanceId()).isEqualTo(in.attendance().id());
            assertThat(r.context()).isEqualTo(PainReport.AT_CHECK_IN);
        });
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.THANKS);
        assertThat(finished).hasValue(0);

        t.timers.advance(WelcomeViewModel.THANKS_SHOWN_FOR);
        assertThat(finished).hasValue(1);
    }

    @Test
    void aSecondTapWhileSavingIsIgnored() {
        vm.show(checkedIn("Anna K.", true, 1));

        vm.answer(4);
        vm.answer(9);
        t.background.runAll();

        assertThat(stored).extracting(PainReport::score).containsExactly(4);
    }

    @Test
    void aFailedSaveShowsTheCalmMessageAndThrowsNothing() {
        storeFailure = new IllegalStateException("database is locked");
        vm.show(checkedIn("Anna K.", true, 1));

        vm.answer(7);
        t.background.runAll();

        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.FAILED);
        assertThat(finished).hasValue(0);

        vm.dismiss();
        assertThat(finished).hasValue(1);
    }

    @Test
    void aLateResultForAnEarlierMemberDoesNotTouchTheNextOne() {
        // given Anna answered, and before it was saved Ben checked in
        vm.show(checkedIn("Anna K.", true, 1));
        vm.answer(4);
        vm.show(checkedIn("Ben M.", true, 5));

        // when Anna's answer is saved
        t.background.runAll();

        // then Ben's screen still asks him
        assertThat(stored).hasSize(1);
        assertThat(vm.nameProperty().get()).isEqualTo("Ben M.");
        assertThat(vm.painStateProperty().get()).isEqualTo(PainState.ASKING);
        assertThat(vm.selectedScoreProperty().get()).isEqualTo(WelcomeViewModel.NO_SCORE);
    }

    @Test
    void skipFinishesWithoutStoringAnything() {
        vm.show(checkedIn("Anna K.", true, 1));

        vm.skip();

        assertThat(finished).hasValue(1);
        assertThat(t.background.submitted()).isZero();
    }

    @Test
    void clearForgetsEverythingPersonal() {
        vm.show(checkedIn("Anna K.", true, 1));
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
        vm.show(checkedIn("Anna K.", true, 1));

        assertThatThrownBy(() -> vm.answer(11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> vm.answer(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
