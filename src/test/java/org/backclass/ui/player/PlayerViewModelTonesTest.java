package org.backclass.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.player.PlayerFixtures.advance;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.backclass.domain.feedback.CountdownTones;
import org.junit.jupiter.api.Test;

/** When the player sounds its tones; the timeline is {@link PlayerFixtures}'. */
class PlayerViewModelTonesTest {

    /** A test double of the port: writes down what would have sounded. */
    private static final class RecordingTones implements CountdownTones {

        final List<String> heard = new ArrayList<>();

        @Override
        public void warning(int secondsLeft) {
            heard.add(String.valueOf(secondsLeft));
        }

        @Override
        public void go() {
            heard.add("go");
        }
    }

    private final AtomicLong nanos = new AtomicLong(1_000 * PlayerFixtures.SECOND);
    private final RecordingTones tones = new RecordingTones();
    private final PlayerViewModel vm = PlayerFixtures.player(nanos, Locale.ENGLISH, tones);

    /** Ticks four times a second, as the view's timer does (faster, in fact). */
    private void run(double seconds) {
        for (int i = 0; i < seconds * 4; i++) {
            advance(nanos, vm, 0.25);
        }
    }

    @Test
    void aCountdownStepBeepsThreeTwoOneOnceEachThenGoWhenItsTimeRunsOut() {
        vm.start();
        run(36); // bridge set 1: rep work, then the 20 s rest
        assertThat(vm.kindTextProperty().get()).isEqualTo("Rest");
        run(16.75);
        assertThat(tones.heard).isEmpty();

        run(0.25);
        assertThat(tones.heard).containsExactly("3");
        run(3); // set 2 starts

        assertThat(vm.setTextProperty().get()).isEqualTo("Set 2 of 2");
        assertThat(tones.heard).containsExactly("3", "2", "1", "go");
    }

    @Test
    void repWorkNeitherWarnsNorSoundsGoWhenItEnds() {
        vm.start();
        run(36);

        assertThat(vm.kindTextProperty().get()).isEqualTo("Rest");
        assertThat(tones.heard).isEmpty();
    }

    @Test
    void nextSoundsGoAfterACountdownStepButNotAfterRepWork() {
        vm.start();
        vm.next(); // rep work → rest
        assertThat(tones.heard).isEmpty();

        run(5);
        vm.next(); // rest → set 2, cut short by the instructor
        assertThat(tones.heard).containsExactly("go");

        vm.previous(); // back: never a tone
        vm.previous();
        assertThat(tones.heard).containsExactly("go");
    }

    @Test
    void pauseAndResumeNeverReplayATone() {
        vm.start();
        vm.next(); // the 20 s rest
        run(18.5); // 1.5 s left: "3" and "2" sounded
        assertThat(tones.heard).containsExactly("3", "2");

        vm.togglePause();
        run(30);
        vm.togglePause();
        assertThat(tones.heard).containsExactly("3", "2");

        run(0.5);
        assertThat(tones.heard).containsExactly("3", "2", "1");
    }

    @Test
    void nextWhilePausedIsSilentAndSoIsResuming() {
        vm.start();
        vm.next();
        vm.togglePause();
        vm.next(); // paused: the instructor is talking, not leading a change
        vm.togglePause();

        assertThat(vm.setTextProperty().get()).isEqualTo("Set 2 of 2");
        assertThat(tones.heard).isEmpty();
    }

    @Test
    void theFirstRenderStartingAndReRenderingTheSameMomentAreSilent() {
        vm.tick();
        vm.tick();
        vm.start();
        vm.tick();
        vm.tick();

        assertThat(vm.warningProperty().get()).isZero();
        assertThat(tones.heard).isEmpty();
    }

    @Test
    void thirtySecondsMoreInTheLastSecondsSilencesTheCountdownUntilItComesRoundAgain() {
        vm.start();
        vm.next();
        run(18); // 2 s left
        assertThat(tones.heard).containsExactly("3", "2");

        vm.addThirtySeconds();
        assertThat(vm.warningProperty().get()).isZero();
        run(30);

        assertThat(tones.heard).containsExactly("3", "2", "3", "2");
    }

    @Test
    void theLastStepWarnsButTheEndOfTheClassIsSilent() {
        vm.start();
        for (int i = 0; i < 7; i++) {
            vm.next();
        }
        assertThat(tones.heard).containsExactly("go", "go", "go", "go", "go");
        tones.heard.clear();
        assertThat(vm.kindTextProperty().get()).isEqualTo("Good to know");

        run(62);

        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.FINISHED);
        assertThat(tones.heard).containsExactly("3", "2", "1");
    }

    @Test
    void endingEarlyInTheCountdownIsSilent() {
        vm.start();
        vm.next();
        run(17.5);
        tones.heard.clear();

        vm.endEarly();
        run(10);

        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.FINISHED);
        assertThat(tones.heard).isEmpty();
    }
}
