package org.backclass.session;

import org.backclass.domain.progress.Completion;
import org.backclass.domain.programme.Section;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backclass.session.Plans.exercise;
import static org.backclass.session.Plans.hold;
import static org.backclass.session.Plans.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ClassRunnerCommandsTest {

    private final FakeNanos clock = new FakeNanos();

    /** Steps: plank 20 | rest 15 | bridge L 10 | switch 5 | bridge R 10. */
    private ClassRunner runner() {
        return new ClassRunner(Timeline.of(plan(exercise("plank", Section.MAIN, hold(20, 1, 0, false)),
                exercise("bridge", Section.MAIN, hold(10, 1, 0, true)))), clock);
    }

    static Stream<Arguments> commandsInTheWrongState() {
        Function<ClassRunner, CommandResult> start = ClassRunner::start;
        Function<ClassRunner, CommandResult> pause = ClassRunner::pause;
        Function<ClassRunner, CommandResult> resume = ClassRunner::resume;
        Function<ClassRunner, CommandResult> next = ClassRunner::next;
        Function<ClassRunner, CommandResult> previous = ClassRunner::previous;
        Function<ClassRunner, CommandResult> extend = ClassRunner::extend;
        Function<ClassRunner, CommandResult> end = ClassRunner::endEarly;
        return Stream.of(
                Arguments.of(RunnerState.NOT_STARTED, Command.PAUSE, pause),
                Arguments.of(RunnerState.NOT_STARTED, Command.RESUME, resume),
                Arguments.of(RunnerState.NOT_STARTED, Command.NEXT, next),
                Arguments.of(RunnerState.NOT_STARTED, Command.PREVIOUS, previous),
                Arguments.of(RunnerState.NOT_STARTED, Command.EXTEND, extend),
                Arguments.of(RunnerState.NOT_STARTED, Command.END_EARLY, end),
                Arguments.of(RunnerState.RUNNING, Command.START, start),
                Arguments.of(RunnerState.RUNNING, Command.RESUME, resume),
                Arguments.of(RunnerState.PAUSED, Command.PAUSE, pause),
                Arguments.of(RunnerState.PAUSED, Command.START, start),
                Arguments.of(RunnerState.ENDED_EARLY, Command.START, start),
                Arguments.of(RunnerState.ENDED_EARLY, Command.RESUME, resume),
                Arguments.of(RunnerState.ENDED_EARLY, Command.NEXT, next),
                Arguments.of(RunnerState.ENDED_EARLY, Command.PREVIOUS, previous),
                Arguments.of(RunnerState.ENDED_EARLY, Command.EXTEND, extend),
                Arguments.of(RunnerState.ENDED_EARLY, Command.END_EARLY, end));
    }

    @ParameterizedTest(name = "{1} while {0} is ignored")
    @MethodSource("commandsInTheWrongState")
    void commandsInTheWrongStateAreIgnoredAndSaySo(RunnerState state, Command command,
            Function<ClassRunner, CommandResult> action) {
        ClassRunner r = runner();
        switch (state) {
            case RUNNING -> r.start();
            case PAUSED -> {
                r.start();
                r.pause();
            }
            case ENDED_EARLY -> {
                r.start();
                r.endEarly();
            }
            default -> { }
        }
        long version = r.snapshot().version();

        CommandResult result = action.apply(r);

        assertThat(result.accepted()).isFalse();
        assertThat(result.command()).isEqualTo(command);
        assertThat(result.state()).isEqualTo(state);
        assertThat(result.reason()).isNotBlank();
        assertThat(r.snapshot().version()).isEqualTo(version);
    }

    @Test
    void extendAddsThirtySecondsToTheCurrentStepOnly() {
        ClassRunner r = runner();
        r.start();
        clock.advanceSeconds(15);
        assertThat(r.extend().accepted()).isTrue();
        RunnerSnapshot s = r.snapshot();
        assertThat(s.remaining()).isEqualTo(ofSeconds(35));
        assertThat(s.stepLength()).isEqualTo(ofSeconds(50));
        assertThat(s.classRemaining()).isEqualTo(ofSeconds(35 + 40));

        clock.advanceSeconds(35);
        RunnerSnapshot rest = r.tick();
        assertThat(rest.current()).hasValueSatisfying(st -> assertThat(st.kind()).isEqualTo(StepKind.REST));
        assertThat(rest.remaining()).isEqualTo(ofSeconds(15));
        clock.advanceSeconds(100);
        r.tick();
        assertThat(r.summary().orElseThrow().extended()).isEqualTo(ofSeconds(30));
        assertThat(r.summary().orElseThrow().active()).isEqualTo(ofSeconds(60 + 30));
    }

    @Test
    void nextSkipsTheStepAndOnTheLastStepFinishesTheClass() {
        ClassRunner r = runner();
        r.start();
        clock.advanceSeconds(5);
        r.next();
        assertThat(r.snapshot().stepNumber()).isEqualTo(2);
        r.next();
        r.next();
        r.next();
        assertThat(r.snapshot().stepNumber()).isEqualTo(5);
        assertThat(r.next().state()).isEqualTo(RunnerState.FINISHED);
        assertThat(r.next().accepted()).isFalse();

        ClassSummary summary = r.summary().orElseThrow();
        assertThat(summary.stepsSkipped()).isEqualTo(5);
        assertThat(summary.active()).isEqualTo(ofSeconds(5));
        assertThat(summary.exercises()).extracting(ExerciseOutcome::completion)
                .containsExactly(Completion.SKIPPED, Completion.SKIPPED);
    }

    @Test
    void previousInTheFirstThreeSecondsGoesBackElseRestartsTheStep() {
        ClassRunner r = runner();
        r.start();
        clock.advanceSeconds(22); // 2 s into the rest
        assertThat(r.previous().accepted()).isTrue();
        assertThat(r.snapshot().stepNumber()).isEqualTo(1);
        assertThat(r.snapshot().remaining()).isEqualTo(ofSeconds(20));

        clock.advanceSeconds(3); // exactly 3 s in: restart
        r.previous();
        assertThat(r.snapshot().stepNumber()).isEqualTo(1);
        assertThat(r.snapshot().remaining()).isEqualTo(ofSeconds(20));

        clock.advanceSeconds(1); // the first step: always a restart
        r.previous();
        assertThat(r.snapshot().stepNumber()).isEqualTo(1);
        assertThat(r.snapshot().remaining()).isEqualTo(ofSeconds(20));
        assertThat(r.snapshot().elapsedInClass()).isEqualTo(ofSeconds(26));
    }

    @Test
    void restartingAStepDropsItsExtraTime() {
        ClassRunner r = runner();
        r.start();
        clock.advanceSeconds(10);
        r.extend();
        r.previous();
        assertThat(r.snapshot().stepLength()).isEqualTo(ofSeconds(20));
        assertThat(r.snapshot().remaining()).isEqualTo(ofSeconds(20));
    }

    @Test
    void theSnapshotShowsSetSideNextUpAndWhoDoesWhat() {
        ClassRunner r = new ClassRunner(Timeline.of(new SessionPlan("c", List.of(
                exercise("side-plank", Section.MAIN, java.util.Map.of(1, hold(20, 2, 30, true), 2, hold(30, 2, 30, true))),
                exercise("bridge", Section.MAIN, Plans.reps(10, 3, 1, 0, false))),
                List.of(Plans.person("Anna K.", java.util.Map.of("side-plank", 2)),
                        Plans.person("Ben T.", java.util.Map.of("side-plank", 1)),
                        Plans.person("Carla M.", java.util.Map.of("side-plank", 2))))), clock);
        r.start();

        RunnerSnapshot left = r.snapshot();
        assertThat(left.set()).isEqualTo(1);
        assertThat(left.setCount()).isEqualTo(2);
        assertThat(left.side()).isEqualTo(Side.LEFT);
        assertThat(left.remaining()).isEqualTo(ofSeconds(30)); // group level 2
        assertThat(left.nextUp()).hasValueSatisfying(n -> assertThat(n.side()).isEqualTo(Side.RIGHT));
        assertThat(left.participants()).extracting(ParticipantDose::shortName, ParticipantDose::level)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna K.", 2),
                        org.assertj.core.groups.Tuple.tuple("Ben T.", 1),
                        org.assertj.core.groups.Tuple.tuple("Carla M.", 2));
        assertThat(left.participants().get(1).dose().hold()).isEqualTo(ofSeconds(20));

        clock.advanceSeconds(30 + 5 + 30 + 30 + 30 + 5 + 30 + 1); // 1 s into the rest after the exercise
        RunnerSnapshot rest = r.tick();
        assertThat(rest.current()).hasValueSatisfying(s -> {
            assertThat(s.kind()).isEqualTo(StepKind.REST);
            assertThat(s.exercise()).isEmpty();
        });
        assertThat(rest.participants()).isEmpty();
        assertThat(rest.set()).isZero();
        assertThat(rest.nextUp()).hasValueSatisfying(n -> {
            assertThat(n.exercise().orElseThrow().exerciseId()).isEqualTo("bridge");
            assertThat(n.repTarget()).isEqualTo(10);
            assertThat(n.exercise().orElseThrow().participants()).hasSize(3);
        });
    }

    @Test
    void navigatingWhilePausedStaysPaused() {
        ClassRunner r = runner();
        r.start();
        r.pause();
        r.next();
        clock.advanceSeconds(60);
        RunnerSnapshot s = r.tick();
        assertThat(s.state()).isEqualTo(RunnerState.PAUSED);
        assertThat(s.stepNumber()).isEqualTo(2);
        assertThat(s.remaining()).isEqualTo(ofSeconds(15));
    }

    @Test
    void endEarlyKeepsWhatWasDoneAndMarksTheRest() {
        ClassRunner r = runner();
        r.start();
        clock.advanceSeconds(20 + 15 + 10 + 5 + 4); // plank done, bridge left done, 4 s into right
        r.pause();
        clock.advanceSeconds(30);
        assertThat(r.endEarly().accepted()).isTrue();

        RunnerSnapshot s = r.snapshot();
        assertThat(s.state()).isEqualTo(RunnerState.ENDED_EARLY);
        assertThat(s.current()).isEmpty();
        assertThat(s.progress()).isCloseTo(54.0 / 60, org.assertj.core.data.Offset.offset(1e-9));
        ClassSummary summary = r.summary().orElseThrow();
        assertThat(summary.endState()).isEqualTo(RunnerState.ENDED_EARLY);
        assertThat(summary.paused()).isEqualTo(ofSeconds(30));
        assertThat(summary.exercises()).extracting(ExerciseOutcome::completion)
                .containsExactly(Completion.COMPLETED, Completion.PARTIAL);
        assertThat(summary.exercises().get(1).workStepsCompleted()).isEqualTo(1);
        assertThat(summary.exercises().get(1).workStepsPlanned()).isEqualTo(2);
    }

    @Test
    void anEmptyClassFinishesAtOnce() {
        ClassRunner r = new ClassRunner(Timeline.of(plan()), clock);
        assertThat(r.start().state()).isEqualTo(RunnerState.FINISHED);
        assertThat(r.snapshot().progress()).isEqualTo(1.0);
        assertThat(r.summary().orElseThrow().exercises()).isEmpty();
    }

    @Test
    void snapshotsAreImmutableAndVersionsIncrease() {
        ClassRunner r = new ClassRunner(Timeline.of(new SessionPlan("c",
                List.of(exercise("plank", Section.MAIN, hold(20, 2, 10, false))),
                List.of(Plans.person("Anna K.", java.util.Map.of())))), clock);
        List<RunnerSnapshot> seen = new ArrayList<>();
        seen.add(r.snapshot());
        r.start();
        seen.add(r.snapshot());
        for (int i = 0; i < 10; i++) {
            clock.advanceSeconds(3);
            seen.add(r.tick());
        }
        r.pause();
        seen.add(r.snapshot());
        r.extend();
        seen.add(r.snapshot());

        List<Long> versions = seen.stream().map(RunnerSnapshot::version).toList();
        assertThat(versions).isSorted().doesNotHaveDuplicates();
        RunnerSnapshot first = seen.get(1);
        assertThat(first.remaining()).isEqualTo(ofSeconds(20)); // unchanged by later ticks
        assertThat(r.snapshot()).isSameAs(r.snapshot());
        assertThat(first.participants()).hasSize(1);
        assertThatThrownBy(() -> first.participants().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(RunnerSnapshot.class.isRecord()).isTrue();
    }

    @Test
    void summarySoFarReadsAsIfTheClassEndedNowWithoutEndingIt() {
        ClassRunner r = runner();
        assertThat(r.summarySoFar()).isEmpty();
        r.start();
        clock.advance(ofSeconds(20)); // plank ran out
        r.tick();
        clock.advance(ofSeconds(15 + 4)); // into bridge, left side
        r.tick();

        ClassSummary soFar = r.summarySoFar().orElseThrow();

        assertThat(r.state()).isEqualTo(RunnerState.RUNNING);
        assertThat(r.summary()).isEmpty();
        assertThat(soFar.endState()).isEqualTo(RunnerState.ENDED_EARLY);
        assertThat(soFar.exercises()).extracting(ExerciseOutcome::completion)
                .containsExactly(Completion.COMPLETED, Completion.SKIPPED);
        clock.advance(ofSeconds(6 + 5 + 10));
        r.tick();
        assertThat(r.summarySoFar()).isEqualTo(r.summary()).get()
                .extracting(ClassSummary::endState).isEqualTo(RunnerState.FINISHED);
    }
}
