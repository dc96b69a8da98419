package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.progress.outcome.OutcomeSchedule;
import org.backclass.domain.progress.outcome.OutcomeService;
import org.backclass.domain.progress.outcome.OutcomeWindows;
import org.backclass.store.JdbcOutcomeStore;
import org.backclass.testing.TestGym;
import org.backclass.ui.KioskViewModel.Screen;
import org.backclass.ui.checkin.PainState;
import org.backclass.ui.checkin.ProgressCheckViewModel;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress check keeps the kiosk's privacy rule: every touch keeps the welcome screen up,
 * the idle timeout takes it back to idle and clears the check, and a new tap replaces it.
 */
class ProgressCheckIdleTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String ANNAS_CARD = "04A1B2C3D4E5F6";
    private static final String BENS_CARD = "04B0B1B2B3B4B5";

    @TempDir
    Path dir;
    private TestGym gym;
    private UiTestContext t;
    private KioskViewModel vm;
    private ProgressCheckViewModel check;

    @BeforeEach
    void openGym() {
        gym = new TestGym(dir, UiTestContext.START);
        t = new UiTestContext(gym.clock);
        gym.memberWithCard("Anna", "Kowalski", ANNAS_CARD);
        gym.memberWithCard("Ben", "Müller", BENS_CARD);
        vm = new KioskViewModel(t.context, gym.timetable, gym.painReports, TIMEOUT, null, null);
        vm.welcome().checkOutcomes(new OutcomeService(new JdbcOutcomeStore(gym.db, gym.clock),
                new OutcomeSchedule(8, OutcomeWindows.defaults()), gym.clock));
        check = vm.welcome().progressCheck();
    }

    @AfterEach
    void closeGym() {
        gym.close();
    }

    private void annaIsInTheMiddleOfTheCheck() {
        vm.handle((CheckInOutcome.CheckedIn) gym.tap(ANNAS_CARD));
        vm.welcome().answer(4);
        t.background.runAll();
        check.answerPain(6);
        check.picker().toggle(0);
        assertThat(vm.welcome().painStateProperty().get()).isEqualTo(PainState.PROGRESS_CHECK);
    }

    @Test
    void theIdleTimeoutEndsTheCheckAndClearsIt() {
        annaIsInTheMiddleOfTheCheck();

        t.timers.advance(TIMEOUT.minusSeconds(1));
        vm.registerInteraction(); // a tap on a button
        t.timers.advance(TIMEOUT.minusSeconds(1));
        assertThat(vm.screenProperty().get()).isEqualTo(Screen.WELCOME);

        t.timers.advance(Duration.ofSeconds(1));

        assertThat(vm.screenProperty().get()).isEqualTo(Screen.IDLE);
        assertThat(check.stepProperty().get()).isEqualTo(ProgressCheckViewModel.Step.NONE);
        assertThat(check.picker().choices()).isEmpty();
        assertThat(vm.welcome().nameProperty().get()).isEmpty();
    }

    @Test
    void anotherMembersTapReplacesTheCheck() {
        annaIsInTheMiddleOfTheCheck();
        gym.clock.advance(Duration.ofSeconds(5));

        vm.handle((CheckInOutcome.CheckedIn) gym.tap(BENS_CARD));

        assertThat(vm.welcome().nameProperty().get()).isEqualTo("Ben M.");
        assertThat(vm.welcome().painStateProperty().get()).isEqualTo(PainState.ASKING);
        assertThat(check.stepProperty().get()).isEqualTo(ProgressCheckViewModel.Step.NONE);
        assertThat(check.painProperty().get()).isEqualTo(ProgressCheckViewModel.NO_SCORE);
    }
}
