package org.backclass.ui.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.UiTestContext.START;
import static org.backclass.ui.testing.UiTestContext.today;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.domain.staff.PinUnlock;
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcRosterQueries;
import org.backclass.testing.TestGym;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstructorViewModelTest {

    @TempDir
    Path dir;
    private TestGym gym;
    private UiTestContext t;
    private InstructorViewModel vm;
    private UUID session;
    private final List<UUID> started = new ArrayList<>();

    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, START);
        t = new UiTestContext(gym.clock);
        session = gym.classAt("Back Basics", today(18, 0), "Studio 2");
        gym.memberWithCard("Anna", "Kowalski", "041A2B3C4D5E6F");
        gym.memberWithCard("Bernd", "Vogel", "8B6566B9");
        InstructorServices services = new InstructorServices(new PinUnlock(null, t.clock::instant),
                new JdbcRosterQueries(gym.db), new JdbcClassResults(gym.db), ExerciseCatalogue.empty(), List.of(),
                dir.resolve("media"), System::nanoTime, CountdownTones.NONE);
        vm = new InstructorViewModel(t.context, gym.timetable, services, (id, plan) -> started.add(id));
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    @Test
    void loadsTodaysClassesWithTheRosterOnTheBackgroundExecutor() {
        CheckInOutcome.CheckedIn anna = (CheckInOutcome.CheckedIn) gym.tap("041A2B3C4D5E6F");
        gym.painReports.reportAtCheckIn(anna.attendance().memberId(), anna.attendance().id(), 4);
        gym.tap("8B6566B9");

        vm.load();
        assertThat(vm.stateProperty().get()).isEqualTo(InstructorViewModel.State.LOADING);
        assertThat(vm.classesProperty()).isEmpty();
        assertThat(t.background.queued()).isEqualTo(1);

        t.background.runAll();

        assertThat(vm.stateProperty().get()).isEqualTo(InstructorViewModel.State.READY);
        assertThat(vm.classesProperty()).hasSize(1);
        TodaysClass todays = vm.classesProperty().get(0);
        assertThat(todays.session().id()).isEqualTo(session);
        assertThat(todays.startTime()).isEqualTo("18:00");
        assertThat(todays.roster()).extracting(e -> e.shortName() + " " + e.painAtCheckIn())
                // Tap order is the store's job (JdbcRosterQueriesTest); both tapped at the same instant here.
                .containsExactlyInAnyOrder("Anna K. 4", "Bernd V. null");
        assertThat(todays.startable()).isFalse();
    }

    @Test
    void clearForgetsTheRosterAndDropsALoadStillRunning() {
        gym.tap("041A2B3C4D5E6F");

        vm.load();
        vm.clear();
        t.background.runAll();

        assertThat(vm.classesProperty()).isEmpty();
        assertThat(vm.stateProperty().get()).isEqualTo(InstructorViewModel.State.LOADING);
        assertThat(started).isEmpty();
    }
}
