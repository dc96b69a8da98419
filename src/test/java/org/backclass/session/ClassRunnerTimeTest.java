package org.backclass.session;

import org.backclass.domain.progress.Completion;
import org.backclass.domain.programme.Section;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.session.Plans.exercise;
import static org.backclass.session.Plans.hold;
import static org.backclass.session.Plans.plan;
import static org.backclass.session.Plans.reps;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Countdown, rep counter, warnings, overshoot and pause, driven by a fake monotonic clock. */
class ClassRunnerTimeTest {

    private final FakeNanos clock = new FakeNanos();

    private ClassRunner runner(SessionPlan plan) {
        return new ClassRunner(Timeline.of(plan), clock);
    }

    @ParameterizedTest(name = "{0} ms into 10 reps at 2.5 s -> rep {1}")
    @CsvSource({"0,1", "2499,1", "2500,2", "12000,5", "24999,10"})
    void theRepCounterFollowsTheTempo(long millis, int rep) {
        ClassRunner r = runner(plan(exercise("bridge", Section.MAIN, reps(10, 2.5, 1, 0, false))));
        r.start();
        clock.advance(ofMillis(millis));

        RunnerSnapshot s = r.tick();

        assertThat(s.currentRep()).isEqualTo(rep);
        assertThat(s.warning()).as("rep work shows the counter, not 3-2-1").isZero();
    }

    @Test
    void theRepCounterStaysOnTheTargetDuringExtraTime() {
        ClassRunner r = runner(plan(exercise("bridge", Section.MAIN, reps(4, 2, 1, 0, false))));
        r.start();
        clock.advanceSeconds(7);
        r.extend();
        clock.advanceSeconds(10);
        assertThat(r.tick().currentRep()).isEqualTo(4);
    }

    @ParameterizedTest(name = "{0} ms into a 20 s hold -> {1} s shown, warning {2}")
    @CsvSource({
            "0,20,0", "16999,4,0", "17000,3,3", "17001,3,3", "18000,2,2", "18500,2,2",
            "19000,1,1", "19999,1,1"})
    void countdownRoundsUpAndWarnsInTheLastThreeSeconds(long millis, int shown, int warning) {
        ClassRunner r = runner(plan(exercise("plank", Section.MAIN, hold(20, 1, 0, false)),
                exercise("bridge", Section.MAIN, hold(20, 1, 0, false))));
        r.start();
        clock.advance(ofMillis(millis));

        RunnerSnapshot s = r.tick();

        assertThat(s.remainingSeconds()).isEqualTo(shown);
        assertThat(s.remainingMillis()).isEqualTo(20_000 - millis);
        assertThat(s.warning()).isEqualTo(warning);
    }

    @Test
    void restsAndSwitchesWarnToo() {
        ClassRunner r = runner(plan(exercise("side-plank", Section.MAIN, hold(20, 1, 0, true))));
        r.start();
        clock.advanceSeconds(22.5); // 2.5 s into the 5 s switch pause
        RunnerSnapshot s = r.tick();
        assertThat(s.current()).hasValueSatisfying(st -> assertThat(st.kind()).isEqualTo(StepKind.SWITCH_SIDES));
        assertThat(s.warning()).isEqualTo(3);
    }

    @Test
    void aStepEndsExactlyWhenItsTimeIsUp() {
        ClassRunner r = runner(plan(exercise("plank", Section.MAIN, hold(20, 2, 10, false))));
        r.start();
        clock.advanceSeconds(20);
        RunnerSnapshot s = r.tick();
        assertThat(s.stepNumber()).isEqualTo(2);
        assertThat(s.remaining()).isEqualTo(ofSeconds(10));
    }

    @Test
    void aTickOverSeveralStepsLandsInTheRightOneCarryingTheOvershoot() {
        // steps: L20, switch 5, R20, rest 30, L20, switch 5, R20 -> 120 s
        ClassRunner r = runner(plan(exercise("side-plank", Section.MAIN, hold(20, 2, 30, true))));
        r.start();
        clock.advanceSeconds(81.25); // past L,switch,R,rest (75 s) + 6.25 s into set 2 left

        RunnerSnapshot s = r.tick();

        assertThat(s.stepNumber()).isEqualTo(5);
        assertThat(s.set()).isEqualTo(2);
        assertThat(s.side()).isEqualTo(Side.LEFT);
        assertThat(s.remaining()).isEqualTo(ofMillis(13_750));
        assertThat(s.elapsedInClass()).isEqualTo(ofMillis(81_250));
        assertThat(s.classRemaining()).isEqualTo(ofMillis(120_000 - 81_250));
        assertThat(s.progress()).isCloseTo(81.25 / 120, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aTickPastTheEndFinishesTheClassWithElapsedEqualToThePlan() {
        ClassRunner r = runner(plan(exercise("plank", Section.MAIN, hold(20, 2, 10, false))));
        r.start();
        clock.advance(ofSeconds(3600));

        RunnerSnapshot s = r.tick();

        assertThat(s.state()).isEqualTo(RunnerState.FINISHED);
        assertThat(s.current()).isEmpty();
        assertThat(s.progress()).isEqualTo(1.0);
        assertThat(s.elapsedInClass()).isEqualTo(ofSeconds(50));
        assertThat(r.summary().orElseThrow().exercises())
                .singleElement().satisfies(e -> assertThat(e.completion()).isEqualTo(Completion.COMPLETED));
    }

    @Test
    void pauseFreezesTheCountdownAndIsNotCountedAsClassTime() {
        ClassRunner r = runner(plan(exercise("plank", Section.MAIN, hold(30, 1, 0, false))));
        r.start();
        clock.advanceSeconds(10);
        assertThat(r.pause().accepted()).isTrue();
        RunnerSnapshot atPause = r.snapshot();

        clock.advance(ofSeconds(600));
        RunnerSnapshot during = r.tick();
        assertThat(during.remaining()).isEqualTo(ofSeconds(20));
        assertThat(during.elapsedInClass()).isEqualTo(ofSeconds(10));
        assertThat(during.state()).isEqualTo(RunnerState.PAUSED);
        assertThat(during.version()).as("nothing changed while paused").isEqualTo(atPause.version());

        r.resume();
        clock.advanceSeconds(5);
        assertThat(r.tick().remaining()).isEqualTo(ofSeconds(15));
        clock.advanceSeconds(15);
        r.tick();
        assertThat(r.summary().orElseThrow().paused()).isEqualTo(ofSeconds(600));
        assertThat(r.summary().orElseThrow().active()).isEqualTo(ofSeconds(30));
    }

    @Test
    void aClockGoingBackwardsCountsAsNoTime() {
        ClassRunner r = runner(plan(exercise("plank", Section.MAIN, hold(30, 1, 0, false))));
        r.start();
        clock.advanceSeconds(10);
        r.tick();
        clock.advanceSeconds(-5);
        assertThat(r.tick().remaining()).isEqualTo(ofSeconds(20));
        clock.advanceSeconds(2);
        assertThat(r.tick().remaining()).isEqualTo(ofSeconds(18));
    }

    @Test
    void timeBeforeStartDoesNotCount() {
        ClassRunner r = runner(plan(exercise("plank", Section.MAIN, hold(30, 1, 0, false))));
        clock.advance(ofSeconds(900));
        RunnerSnapshot before = r.tick();
        assertThat(before.state()).isEqualTo(RunnerState.NOT_STARTED);
        assertThat(before.stepNumber()).isEqualTo(1);
        assertThat(before.remaining()).isEqualTo(ofSeconds(30));
        assertThat(before.warning()).isZero();
        r.start();
        clock.advanceSeconds(1);
        assertThat(r.tick().remaining()).isEqualTo(ofSeconds(29));
    }
}
