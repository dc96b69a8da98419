package org.backclass.ui.instructor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.UiTestContext.START;
import static org.backclass.ui.testing.UiTestContext.today;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.domain.progress.adherence.AdherencePlan;
import org.backclass.domain.progress.progression.ProgressionRules;
import org.backclass.domain.staff.ActedBy;
import org.backclass.domain.staff.PinUnlock;
import org.backclass.store.JdbcAdherenceQueries;
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcRedFlagStore;
import org.backclass.store.JdbcRosterQueries;
import org.backclass.testing.TestGym;
import org.backclass.ui.player.MediaProblems;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Opening a roster line and clearing a red flag, with a real SQLite file and a recording background executor. */
class RosterViewModelTest {

    @TempDir
    Path dir;
    private TestGym gym;
    private UiTestContext t;
    private InstructorViewModel vm;
    private RosterViewModel roster;
    private UUID bernd;

    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, START);
        t = new UiTestContext(gym.clock);
        gym.classAt("Back Basics", today(18, 0), "Studio 2");
        gym.memberWithCard("Anna", "Kowalski", "041A2B3C4D5E6F");
        bernd = gym.memberWithCard("Bernd", "Vogel", "8B6566B9").id();
        gym.tap("041A2B3C4D5E6F");
        gym.tap("8B6566B9");
        gym.clock.advance(java.time.Duration.ofMinutes(1));
        gym.redFlags.record(bernd, null, true);
        vm = new InstructorViewModel(t.context, gym.timetable, services(gym.redFlags), new MediaProblems(),
                (id, plan) -> { });
        roster = vm.roster();
    }

    private InstructorServices services(JdbcRedFlagStore redFlags) {
        return new InstructorServices(new PinUnlock(null, t.clock::instant), new JdbcRosterQueries(gym.db),
                new JdbcClassResults(gym.db), ExerciseCatalogue.empty(), List.of(), dir.resolve("media"),
                System::nanoTime, CountdownTones.NONE, null, new ProgressServices(
                        new JdbcAdherenceQueries(gym.db, AdherencePlan.defaults()), redFlags, null,
                        ProgressionRules.defaults(), null));
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    private Set<UUID> openFlagsOnTheRoster() {
        return vm.classesProperty().getFirst().openRedFlags();
    }

    private String resolvedBy() {
        return gym.db.read(c -> {
            try (var st = c.prepareStatement("SELECT resolved_by FROM red_flag_answer WHERE any_yes = 1")) {
                try (var rs = st.executeQuery()) {
                    rs.next();
                    return rs.getString(1);
                }
            }
        });
    }

    @Test
    void clearingAfterTheConfirmingTapRecordsWhoUnlockedAndReadsTheRosterAgain() {
        UUID eva = gym.staffWithCard("Eva", "Sommer", "04E5A0B1C2D380").id();
        vm.unlock(ActedBy.staffCard(eva));
        vm.load();
        t.background.runAll();
        assertThat(openFlagsOnTheRoster()).containsExactly(bernd);

        roster.askToClearRedFlag(bernd);
        assertThat(roster.confirmingProperty().get()).isEqualTo(bernd);
        assertThat(t.background.queued()).as("nothing happens before the confirming tap").isZero();

        roster.clearRedFlag();
        assertThat(roster.clearingProperty().get()).isEqualTo(bernd);
        roster.clearRedFlag();
        assertThat(t.background.queued()).as("a second tap while clearing does nothing").isEqualTo(1);
        t.background.runAll(); // the clearing, then the roster read again

        assertThat(gym.redFlags.openFor(List.of(bernd))).isEmpty();
        assertThat(resolvedBy()).isEqualTo(eva.toString());
        assertThat(roster.clearingProperty().get()).isNull();
        assertThat(roster.confirmingProperty().get()).isNull();
        assertThat(vm.stateProperty().get()).isEqualTo(InstructorViewModel.State.READY);
        assertThat(openFlagsOnTheRoster()).isEmpty();
    }

    @Test
    void notYetLeavesTheFlagAndThePinIsRecordedWhenThePinUnlocked() {
        vm.unlock(ActedBy.PIN);
        vm.load();
        t.background.runAll();

        roster.askToClearRedFlag(bernd);
        roster.cancelClearRedFlag();
        roster.clearRedFlag();
        assertThat(t.background.queued()).isZero();
        assertThat(gym.redFlags.openFor(List.of(bernd))).containsExactly(bernd);

        roster.askToClearRedFlag(bernd);
        roster.clearRedFlag();
        t.background.runAll();
        assertThat(resolvedBy()).isEqualTo("PIN");
    }

    @Test
    void whenClearingFailsTheFlagStaysAndTheInstructorIsTold() {
        vm.unlock(ActedBy.PIN);
        vm.load();
        t.background.runAll();
        roster.askToClearRedFlag(bernd);
        gym.db.close(); // the database is gone: the clearing fails

        roster.clearRedFlag();
        t.background.runAll();

        assertThat(roster.messageProperty().get()).isEqualTo("That did not work: the flag is still there. Please try again.");
        assertThat(roster.clearingProperty().get()).isNull();
        assertThat(roster.confirmingProperty().get()).as("the instructor can try again").isEqualTo(bernd);
    }

    @Test
    void leavingTheRosterForgetsTheOpenLineAndAPendingConfirmation() {
        vm.unlock(ActedBy.PIN);
        vm.load();
        t.background.runAll();
        roster.toggleLevels(bernd);
        assertThat(roster.expandedProperty().get()).isEqualTo(bernd);
        roster.toggleLevels(bernd);
        assertThat(roster.expandedProperty().get()).isNull();
        roster.toggleLevels(bernd);
        roster.askToClearRedFlag(bernd);

        vm.clear();

        assertThat(roster.expandedProperty().get()).isNull();
        assertThat(roster.confirmingProperty().get()).isNull();
    }

    @Test
    void withoutARedFlagStoreNothingCanBeCleared() {
        InstructorViewModel noFlags = new InstructorViewModel(t.context, gym.timetable, services(null),
                new MediaProblems(), (id, plan) -> { });

        assertThat(noFlags.roster().canClearRedFlags()).isFalse();
        noFlags.roster().askToClearRedFlag(bernd);
        assertThat(noFlags.roster().confirmingProperty().get()).isNull();
    }
}
