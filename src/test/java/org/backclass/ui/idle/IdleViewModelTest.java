package org.backclass.ui.idle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.UiTestContext.today;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.backclass.testing.TestGym;
import org.backclass.ui.idle.IdleViewModel.ClassesState;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The idle ViewModel reading today's classes from the real timetable store on a SQLite file.
 * The test thread plays the UI thread; background work runs when the test says so.
 */
class IdleViewModelTest {

    @TempDir
    Path dir;
    private TestGym gym;
    private UiTestContext t;
    private final List<String> tips = List.of("tip one", "tip two", "tip three");
    private IdleViewModel vm;

    @BeforeEach
    void openGym() {
        gym = new TestGym(dir, UiTestContext.START); // Monday 17:55
        t = new UiTestContext(gym.clock);
        vm = new IdleViewModel(t.context, gym.timetable, tips);
    }

    @AfterEach
    void closeGym() {
        gym.close();
    }

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
        // given today's class, and classes yesterday and tomorrow
        gym.classAt("Back Basics", today(18, 0), "Studio 2");
        gym.classAt("Yesterday's Class", today(18, 0).minus(Duration.ofDays(1)), "Studio 1");
        gym.classAt("Tomorrow's Class", today(18, 0).plus(Duration.ofDays(1)), "Studio 1");

        // when
        vm.start();

        // then nothing was read yet: the read waits on the background executor
        assertThat(t.background.queued()).isEqualTo(1);
        assertThat(vm.classesStateProperty().get()).isEqualTo(ClassesState.LOADING);
        assertThat(vm.classesProperty()).isEmpty();
        // (so a class added now is still in the read)
        gym.classAt("Evening Stretch", today(19, 0), "Studio 1");

        t.background.runAll();

        // one read, of today
        assertThat(t.background.submitted()).isEqualTo(1);
        assertThat(vm.classesStateProperty().get()).isEqualTo(ClassesState.READY);
        assertThat(vm.classesProperty()).containsExactly(
                new UpcomingClass("Back Basics", "18:00", "Studio 2", false),
                new UpcomingClass("Evening Stretch", "19:00", "Studio 1", false));
    }

    @Test
    void classesThatStartedWithinFifteenMinutesStayOthersGo() {
        // given at 17:55: one began 20 min ago, one 10 min ago, one later, added out of order
        gym.classAt("Evening Stretch", today(19, 0), "Studio 1");
        gym.classAt("Morning Mobility", today(17, 35), "Studio 1");
        gym.classAt("Core Basics", today(17, 45), "Studio 2");

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
        for (int hour = 18; hour <= 23; hour++) {
            gym.classAt("Class " + hour, today(hour, 0), "");
        }

        vm.start();
        t.background.runAll();

        assertThat(vm.classesProperty()).hasSize(IdleViewModel.MAX_CLASSES);
        assertThat(vm.classesProperty().get(0).name()).isEqualTo("Class 18");
    }

    @Test
    void reloadsEveryMinute() {
        gym.classAt("Back Basics", today(18, 0), "Studio 2");
        vm.start();
        t.background.runAll();
        assertThat(t.background.submitted()).isEqualTo(1);
        assertThat(vm.classesProperty()).extracting(UpcomingClass::name).containsExactly("Back Basics");

        // when a class is added and a minute passes
        gym.classAt("Evening Stretch", today(19, 0), "Studio 1");
        t.timers.advance(Duration.ofMinutes(1));
        t.background.runAll();

        // then the timetable was read once more, and the new class is on screen
        assertThat(t.background.submitted()).isEqualTo(2);
        assertThat(vm.classesProperty()).extracting(UpcomingClass::name)
                .containsExactly("Back Basics", "Evening Stretch");
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

        // then they wait, and become exactly one more read, after the first
        assertThat(t.background.queued()).isEqualTo(1);
        t.background.runNext();
        assertThat(vm.classesStateProperty().get()).isEqualTo(ClassesState.READY);
        assertThat(vm.classesProperty()).isEmpty();
        assertThat(t.background.queued()).isEqualTo(1);

        gym.classAt("Back Basics", today(18, 0), "Studio 2");
        t.background.runAll();

        assertThat(t.background.submitted()).isEqualTo(2);
        assertThat(vm.classesProperty()).extracting(UpcomingClass::name).containsExactly("Back Basics");
    }

    @Test
    void aFailingTimetableShowsUnavailableAndRecovers() {
        // given the database file cannot be opened
        gym.classAt("Back Basics", today(18, 0), "Studio 2");
        Path away = takeTheDatabaseFileAway();

        // when
        vm.start();
        t.background.runAll();

        // then
        assertThat(vm.classesStateProperty().get()).isEqualTo(ClassesState.UNAVAILABLE);
        assertThat(vm.classesProperty()).isEmpty();

        // when it works again at the next refresh
        putTheDatabaseFileBack(away);
        t.timers.advance(Duration.ofMinutes(1));
        t.background.runAll();

        assertThat(vm.classesStateProperty().get()).isEqualTo(ClassesState.READY);
        assertThat(vm.classesProperty()).hasSize(1);
    }

    @Test
    void aFailedRefreshKeepsTodaysClassesOnScreen() {
        gym.classAt("Back Basics", today(18, 0), "Studio 2");
        vm.start();
        t.background.runAll();

        Path away = takeTheDatabaseFileAway();
        t.timers.advance(Duration.ofMinutes(1));
        t.background.runAll();
        assertThat(t.background.submitted()).isEqualTo(2); // the refresh did run, and failed

        assertThat(vm.classesStateProperty().get()).isEqualTo(ClassesState.READY);
        assertThat(vm.classesProperty()).hasSize(1);
        putTheDatabaseFileBack(away);
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

    /**
     * Moves the SQLite file (and any WAL/SHM beside it) into another folder, as when the
     * storage is gone: the store's next read cannot open it. No connection is open between
     * units of work, so nothing is cut off.
     */
    private Path takeTheDatabaseFileAway() {
        Path db = gym.db.file();
        Path away = dir.resolve("away");
        try {
            Files.createDirectories(away);
            for (String suffix : List.of("", "-wal", "-shm")) {
                Path file = db.resolveSibling(db.getFileName() + suffix);
                if (Files.exists(file)) {
                    Files.move(file, away.resolve(file.getFileName()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(db).doesNotExist();
        return away;
    }

    private void putTheDatabaseFileBack(Path away) {
        Path db = gym.db.file();
        try (var files = Files.list(away)) {
            for (Path file : files.toList()) {
                Files.move(file, db.resolveSibling(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
