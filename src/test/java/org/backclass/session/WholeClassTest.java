package org.backclass.session;

import org.backclass.domain.progress.Completion;
import org.backclass.domain.programme.Section;
import static java.time.Duration.ofMillis;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.domain.programme.Section.COOL_DOWN;
import static org.backclass.domain.programme.Section.MAIN;
import static org.backclass.domain.programme.Section.WARM_UP;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A whole one-hour class for eight people on mixed levels, run in milliseconds on a fake clock. */
class WholeClassTest {

    private static final Duration TICK = ofMillis(250);

    private final FakeNanos clock = new FakeNanos();

    @Test
    @Timeout(value = 5, unit = TimeUnit.SECONDS)
    void aFullClassWithPausesSkipsAndExtraTime() {
        Timeline timeline = Timeline.of(realisticPlan());
        assertThat(timeline.totalPlanned()).isBetween(Duration.ofMinutes(50), Duration.ofMinutes(65));
        assertThat(timeline.exercises()).extracting(ExerciseRef::exerciseId).hasSize(15);
        assertThat(timeline.exercises()).filteredOn(e -> e.exerciseId().equals("side-plank"))
                .singleElement().satisfies(e -> assertThat(e.groupLevel()).isEqualTo(1)); // 3 on level 1
        assertThat(timeline.exercises()).filteredOn(e -> e.exerciseId().equals("bird-dog"))
                .singleElement().satisfies(e -> assertThat(e.groupLevel()).isEqualTo(2));

        ClassRunner runner = new ClassRunner(timeline, clock);
        long wallStart = clock.getAsLong();
        runner.start();

        Duration skipped = Duration.ZERO;
        Duration pausedFor = Duration.ZERO;
        boolean educationPaused = false;
        boolean coolDownPaused = false;
        boolean birdDogCut = false;
        boolean extended = false;
        long lastVersion = -1;
        double lastProgress = 0;
        List<Integer> marchWarnings = new ArrayList<>();
        Set<Integer> participantCounts = new LinkedHashSet<>();

        while (!runner.state().isOver()) {
            RunnerSnapshot s = runner.tick();
            assertThat(s.version()).isGreaterThan(lastVersion);
            assertThat(s.progress()).isGreaterThanOrEqualTo(lastProgress);
            lastVersion = s.version();
            lastProgress = s.progress();
            if (s.current().isEmpty()) {
                break;
            }
            Step step = s.current().get();
            String exercise = step.exercise().map(ExerciseRef::exerciseId).orElse("");
            if (step.kind() == StepKind.WORK) {
                participantCounts.add(s.participants().size());
            }
            if (exercise.equals("march") && s.warning() > 0 && !marchWarnings.contains(s.warning())) {
                marchWarnings.add(s.warning());
            }
            if (step.kind() == StepKind.EDUCATION && !educationPaused && s.remainingSeconds() <= 60) {
                pausedFor = pausedFor.plus(pauseFor(runner, Duration.ofMinutes(3)));
                educationPaused = true;
            } else if (exercise.equals("knee-to-chest") && step.side() == Side.RIGHT && !coolDownPaused) {
                pausedFor = pausedFor.plus(pauseFor(runner, ofSeconds(90)));
                coolDownPaused = true;
            } else if (exercise.equals("bird-dog") && step.set() == 2 && step.side() == Side.LEFT
                    && s.remaining().compareTo(ofSeconds(22)) <= 0 && !birdDogCut) {
                skipped = skipped.plus(s.remaining());
                assertThat(runner.next().accepted()).isTrue();
                birdDogCut = true;
                continue;
            } else if (exercise.equals("wall-sit")) {
                skipped = skipped.plus(s.remaining());   // skip every step of the wall sit
                assertThat(runner.next().accepted()).isTrue();
                continue;
            } else if (exercise.equals("front-plank") && step.kind() == StepKind.WORK && !extended) {
                assertThat(runner.extend().accepted()).isTrue();
                extended = true;
            }
            clock.advance(TICK);
        }

        ClassSummary summary = runner.summary().orElseThrow();
        assertThat(summary.endState()).isEqualTo(RunnerState.FINISHED);
        assertThat(summary.active()).isEqualTo(timeline.totalPlanned().minus(skipped).plus(ofSeconds(30)));
        assertThat(summary.paused()).isEqualTo(pausedFor).isEqualTo(ofSeconds(270));
        assertThat(summary.extended()).isEqualTo(ofSeconds(30));
        assertThat(Duration.ofNanos(clock.getAsLong() - wallStart))
                .isBetween(summary.active().plus(summary.paused()), summary.active().plus(summary.paused()).plus(TICK));
        assertThat(skipped).isEqualTo(ofSeconds(22).plus(wallSitLength(timeline)));
        assertThat(marchWarnings).containsExactly(3, 2, 1);
        assertThat(participantCounts).containsExactly(8);

        Map<String, Completion> completion = new HashMap<>();
        summary.exercises().forEach(e -> completion.put(e.exerciseId(), e.completion()));
        assertThat(completion).hasSize(15)
                .containsEntry("bird-dog", Completion.PARTIAL)
                .containsEntry("wall-sit", Completion.SKIPPED)
                .containsEntry("march", Completion.COMPLETED)
                .containsEntry("childs-pose", Completion.COMPLETED);
        assertThat(completion.values()).filteredOn(c -> c == Completion.COMPLETED).hasSize(13);
        ExerciseOutcome birdDog = summary.exercises().stream().filter(e -> e.exerciseId().equals("bird-dog"))
                .findFirst().orElseThrow();
        assertThat(birdDog.workStepsCompleted()).isEqualTo(5);
        assertThat(birdDog.workStepsPlanned()).isEqualTo(6);
        assertThat(birdDog.participants()).hasSize(8)
                .extracting(ParticipantDose::level).containsExactly(1, 2, 2, 2, 3, 3, 4, 1);
        assertThat(runner.snapshot().progress()).isEqualTo(1.0);
    }

    /** Pauses, lets wall time pass in ticks (checking the countdown is frozen), resumes. */
    private Duration pauseFor(ClassRunner runner, Duration length) {
        assertThat(runner.pause().accepted()).isTrue();
        RunnerSnapshot frozen = runner.snapshot();
        for (Duration d = Duration.ZERO; d.compareTo(length) < 0; d = d.plus(TICK)) {
            clock.advance(TICK);
            RunnerSnapshot s = runner.tick();
            assertThat(s.remaining()).isEqualTo(frozen.remaining());
            assertThat(s.elapsedInClass()).isEqualTo(frozen.elapsedInClass());
        }
        assertThat(runner.resume().accepted()).isTrue();
        return length;
    }

    private static Duration wallSitLength(Timeline timeline) {
        return timeline.steps().stream()
                .filter(s -> s.exercise().map(ExerciseRef::exerciseId).equals(Optional.of("wall-sit")))
                .map(Step::planned).reduce(Duration.ZERO, Duration::plus);
    }

    static SessionPlan realisticPlan() {
        List<PlannedItem> items = List.of(
                ex("march", WARM_UP, l -> Plans.hold(120 + 30 * l, 1, 0, false)),
                ex("cat-cow", WARM_UP, l -> Plans.reps(8 + 2 * l, 4, 2, 15, false)),
                ex("pelvic-tilt", WARM_UP, l -> Plans.reps(10 + 2 * l, 3, 2, 15, false)),
                Plans.education("pain-is-alarm", 180),
                ex("bird-dog", MAIN, l -> Plans.reps(6 + 2 * l, 4, 3, 30, true)),
                ex("glute-bridge", MAIN, l -> Plans.reps(8 + 2 * l, 3, 3, 45, l == 4)),
                ex("dead-bug", MAIN, l -> Plans.reps(6 + 2 * l, 4, 3, 30, true)),
                ex("side-plank", MAIN, l -> Plans.hold(15 + 10 * l, 3, 30, true)),
                ex("front-plank", MAIN, l -> Plans.hold(20 + 10 * l, 3, 45, false)),
                Plans.rest(120),
                ex("sit-to-stand", MAIN, l -> Plans.reps(8 + 2 * l, 4, 3, 45, false)),
                ex("superman", MAIN, l -> Plans.reps(6 + 2 * l, 4, 3, 30, false)),
                ex("wall-sit", MAIN, l -> Plans.hold(20 + 10 * l, 3, 45, false)),
                Plans.education("sleep-and-stress", 120),
                ex("knee-to-chest", COOL_DOWN, l -> Plans.hold(20 + 5 * l, 2, 10, true)),
                ex("figure-4", COOL_DOWN, l -> Plans.hold(30 + 5 * l, 2, 10, true)),
                ex("hamstring-stretch", COOL_DOWN, l -> Plans.hold(30 + 5 * l, 2, 10, true)),
                ex("childs-pose", COOL_DOWN, l -> Plans.hold(60, 2, 15, false)));
        int[] base = {1, 2, 2, 2, 3, 3, 4, 0}; // 0: new member, no levels yet
        int[] sidePlank = {1, 1, 1, 2, 2, 3, 3, 4};
        List<Participant> people = new ArrayList<>();
        String[] names = {"Anna K.", "Ben T.", "Carla M.", "Dev P.", "Eva L.", "Finn O.", "Gita R.", "Hugo S."};
        for (int i = 0; i < names.length; i++) {
            Map<String, Integer> levels = new HashMap<>();
            for (PlannedItem item : items) {
                if (item instanceof ExerciseItem ex && base[i] > 0) {
                    levels.put(ex.exerciseId(), ex.exerciseId().equals("side-plank") ? sidePlank[i] : base[i]);
                }
            }
            people.add(Plans.person(names[i], levels));
        }
        return new SessionPlan("Back class, Tuesday 18:00", items, people);
    }

    private static ExerciseItem ex(String id, Section section, IntFunction<Dose> doseAtLevel) {
        Map<Integer, Dose> doses = new HashMap<>();
        for (int level = 1; level <= 4; level++) {
            doses.put(level, doseAtLevel.apply(level));
        }
        return Plans.exercise(id, section, doses);
    }
}
