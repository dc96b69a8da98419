package org.backclass.ui.idle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FakeTimetable.session;
import static org.backclass.ui.testing.UiTestContext.today;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.ui.idle.IdleViewModel.ClassesState;
import org.backclass.ui.testing.FakeTimetable;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.Test;

class IdleViewModelTest {

    private final UiTestContext t = new UiTestContext();
    private final FakeTimetable timetable = new FakeTimetable();
    private final List<String> tips = List.of("tip one", "tip two", "tip three");
    private final IdleViewModel vm = new IdleViewModel(t.context, timetable, tips);

    @Test
    void clockShowsHoursAndMinutesInTheClocksZoneAndTicks() {
        // given the clock at 17:55 Berlin time
        vm.start();
        assertThat(vm.clockTextProperty().get()).isEqualTo("17:55");

        // when a minute and a bit passes
        t.timers.advance(Duration.ofSeconds(61));

        // then
        assertThat(vm.clockTextProperty().get()).isEqualTo("17:56");
    }

    @Test
    void classesAreLoadedOnTheBackgroundExecutorNotInline() {
        // given
        timetable.setSessions(List.of(session("Back Basics", today(18, 0), "Studio 2")));

        // when
        vm.start();

        // then nothing was read yet: the read waits on the background executor
        assertThat(timetable.reads()).isEmpty();
        assertThat(vm.classesStateProperty().get()).isEqualTo(ClassesState.LOADING);
        assertThat(vm.classesProperty()).isEmpty();

        t.background.runAll();

        assertThat(timetable.reads()).containsExactly(LocalDate.of(2025, 3, 10));
        assertThat(vm.classesStateProperty().get()).isEqualTo(ClassesState.READY);
        assertThat(vm.classesProperty()).containsExactly(new UpcomingClass("Back Basics", "18:00", "Studio 2", false));
    }

    @Test
    void classesThatStartedWithinFifteenMinutesStayOthersGo() {
        // given at 17:55: one began 20 min ago, one 10 min ago, one later, listed out of order
        timetable.setSessions(List.of(
                session("Evening Stretch", today(19, 0), "Studio 1"),
                session("Morning Mobility", today(17, 35), "Studio 1"),
                session("Core Basics", today(17, 45), "Studio 2")));

        // when
        vm.start();
        t.background.runAll();

        // then
        assertThat(vm.classesProperty()).containsExactly(
                new UpcomingClass("Core Basics", "17:45", "Studio 2", true),
                new UpcomingClass("Evening Stretch", "19:00", "Studio 1", false));

        // and a class drops off 15 minutes after its start, without a reload
        t.timers.advance(Duration.ofMinutes(6));
        t.background.runAll();
        assertThat(vm.classesProperty()).extracting(UpcomingClass::name).containsExactly("Evening Stretch");
    }

    @Test
    void showsAtMostWhatFitsTheSmallestScreen() {
        List<ClassSession> many = new ArrayList<>();
        for (int hour = 18; hour <= 23; hour++) {
            many.add(session("Class " + hour, today(hour, 0), ""));
        }
        timetable.setSessions(many);

        vm.start();
        t.background.runAll();

        assertThat(vm.classesProperty()).hasSize(IdleViewModel.MAX_CLASSES);
        assertThat(vm.classesProperty().get(0).name()).isEqualTo("Class 18");
    }

    @Test
    void reloadsEveryMinute() {
        vm.start();
        t.background.runAll();
        assertThat(timetable.reads()).hasSize(1);

        t.timers.advance(Duration.ofMinutes(1));
        t.background.runAll();

        assertThat(timetable.reads()).hasSize(2);
    }

    @Test
    void asksDuringALoadBecomeOneMoreLoad() {
        // given a load under way
        vm.start();
        assertThat(t.background.queued()).isEqualTo(1);

        // when three more refreshes are asked for meanwhile
        vm.refreshClasses();
        vm.refreshClasses();
        vm.refreshClasses();

        // then they wait, and become exactly one more read
        assertThat(t.background.queued()).isEqualTo(1);
        t.background.runAll();
        assertThat(timetable.reads()).hasSize(2);
    }

    @Test
    void aFailingTimetableShowsUnavailableAndRecovers() {
        // given
        timetable.failWith(new IllegalStateException("disk on fire"));

        // when
        vm.start();
        t.background.runAll();

        // then
        assertThat(vm.classesStateProperty().get()).isEqualTo(ClassesState.UNAVAILABLE);
        assertThat(vm.classesProperty()).isEmpty();

        // when it works again at the next refresh
        timetable.failWith(null);
        timetable.setSessions(List.of(session("Back Basics", today(18, 0), "Studio 2")));
        t.timers.advance(Duration.ofMinutes(1));
        t.background.runAll();

        assertThat(vm.classesStateProperty().get()).isEqualTo(ClassesState.READY);
        assertThat(vm.classesProperty()).hasSize(1);
    }

    @Test
    void aFailedRefreshKeepsTodaysClassesOnScreen() {
        timetable.setSessions(List.of(session("Back Basics", today(18, 0), "Studio 2")));
        vm.start();
        t.background.runAll();

        timetable.failWith(new IllegalStateException("busy"));
        t.timers.advance(Duration.ofMinutes(1));
        t.background.runAll();

        assertThat(vm.classesStateProperty().get()).isEqualTo(ClassesState.READY);
        assertThat(vm.classesProperty()).hasSize(1);
    }

    @Test
    void tipsRotateEveryTwelveSecondsAndWrapAround() {
        vm.start();
        assertThat(vm.tipProperty().get()).isEqualTo("tip one");

        t.timers.advance(Duration.ofSeconds(11));
        assertThat(vm.tipProperty().get()).isEqualTo("tip one");
        t.timers.advance(Duration.ofSeconds(1));
        assertThat(vm.tipProperty().get()).isEqualTo("tip two");
        t.timers.advance(Duration.ofSeconds(24));
        assertThat(vm.tipProperty().get()).isEqualTo("tip one");
    }

    @Test
    void stopCancelsEveryTimer() {
        vm.start();
        vm.stop();

        assertThat(t.timers.pending()).isZero();
    }
}
