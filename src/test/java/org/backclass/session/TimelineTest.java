package org.backclass.session;

import org.backclass.domain.programme.Section;
import static java.time.Duration.ofSeconds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backclass.session.Plans.education;
import static org.backclass.session.Plans.exercise;
import static org.backclass.session.Plans.hold;
import static org.backclass.session.Plans.plan;
import static org.backclass.session.Plans.reps;
import static org.backclass.session.Plans.rest;
import static org.backclass.session.StepKind.EDUCATION;
import static org.backclass.session.StepKind.REST;
import static org.backclass.session.StepKind.SWITCH_SIDES;
import static org.backclass.session.StepKind.WORK;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    @Test
    void perSideSetsGetLeftSwitchRightAndRestsBetweenSets() {
        Timeline t = Timeline.of(plan(exercise("side-plank", Section.MAIN, hold(20, 2, 30, true))));

        assertThat(t.steps()).extracting(Step::kind)
                .containsExactly(WORK, SWITCH_SIDES, WORK, REST, WORK, SWITCH_SIDES, WORK);
        assertThat(t.steps()).extracting(Step::side).containsExactly(Side.LEFT, Side.BOTH, Side.RIGHT, Side.BOTH,
                Side.LEFT, Side.BOTH, Side.RIGHT);
        assertThat(t.steps()).extracting(Step::set).containsExactly(1, 1, 1, 1, 2, 2, 2);
        assertThat(t.steps()).extracting(Step::setCount).containsOnly(2);
        assertThat(t.steps()).extracting(s -> s.planned().toSeconds()).containsExactly(20L, 5L, 20L, 30L, 20L, 5L, 20L);
        assertThat(t.steps()).extracting(Step::index).containsExactly(0, 1, 2, 3, 4, 5, 6);
        assertThat(t.totalPlanned()).isEqualTo(ofSeconds(4 * 20 + 2 * 5 + 30));
        assertThat(t.steps()).allSatisfy(s -> assertThat(s.exercise()).hasValueSatisfying(
                ref -> assertThat(ref.exerciseId()).isEqualTo("side-plank")));
    }

    @Test
    void repWorkKnowsItsTargetAndTempoAndLastsRepsTimesTempo() {
        Timeline t = Timeline.of(plan(exercise("glute-bridge", Section.MAIN, reps(10, 3, 3, 45, false))));

        assertThat(t.steps()).extracting(Step::kind).containsExactly(WORK, REST, WORK, REST, WORK);
        Step first = t.step(0);
        assertThat(first.isRepWork()).isTrue();
        assertThat(first.isCountdown()).isFalse();
        assertThat(first.repTarget()).isEqualTo(10);
        assertThat(first.repTempo()).isEqualTo(ofSeconds(3));
        assertThat(first.planned()).isEqualTo(ofSeconds(30));
        assertThat(first.side()).isEqualTo(Side.BOTH);
        assertThat(t.totalPlanned()).isEqualTo(ofSeconds(3 * 30 + 2 * 45));
    }

    @Test
    void restAfterAnExerciseUnlessARestOrEducationFollowsOrItIsTheLast() {
        Timeline t = Timeline.of(plan(
                exercise("march", Section.WARM_UP, hold(60, 1, 0, false)),
                exercise("cat-cow", Section.WARM_UP, reps(8, 4, 1, 0, false)),
                education("pain-is-alarm", 90),
                exercise("bird-dog", Section.MAIN, reps(6, 4, 1, 0, true)),
                rest(60),
                exercise("childs-pose", Section.COOL_DOWN, hold(45, 1, 0, false))));

        assertThat(t.steps()).extracting(Step::kind).containsExactly(
                WORK, REST,              // march + rest after exercise
                WORK,                    // cat-cow, education follows: no extra rest
                EDUCATION,
                WORK, SWITCH_SIDES, WORK, // bird-dog per side, a planned rest follows
                REST,                    // the planned 60 s rest
                WORK);                   // child's pose ends the class: no rest after
        assertThat(t.step(1).planned()).isEqualTo(ofSeconds(15));
        assertThat(t.step(1).exercise()).isEmpty();
        assertThat(t.step(3).topicId()).contains("pain-is-alarm");
        assertThat(t.step(3).exercise()).isEmpty();
        assertThat(t.totalPlanned()).isEqualTo(ofSeconds(60 + 15 + 32 + 90 + 24 + 5 + 24 + 60 + 45));
    }

    @Test
    void optionsSetTheSwitchPauseAndRestAfterExerciseAndZeroMeansNoStep() {
        SessionPlan plan = plan(exercise("figure-4", Section.COOL_DOWN, hold(30, 1, 0, true)),
                exercise("knee-to-chest", Section.COOL_DOWN, hold(30, 1, 0, true)));

        Timeline slow = Timeline.of(plan, new TimelineOptions(ofSeconds(8), ofSeconds(20)));
        Timeline none = Timeline.of(plan, new TimelineOptions(Duration.ZERO, Duration.ZERO));

        assertThat(slow.steps()).extracting(s -> s.planned().toSeconds())
                .containsExactly(30L, 8L, 30L, 20L, 30L, 8L, 30L);
        assertThat(none.steps()).extracting(Step::kind).containsExactly(WORK, WORK, WORK, WORK);
        assertThat(none.totalPlanned()).isEqualTo(ofSeconds(120));
    }

    @Test
    void plannedStartsAddUpAndNextUpSkipsRestsAndSwitches() {
        Timeline t = Timeline.of(plan(exercise("side-plank", Section.MAIN, hold(20, 2, 30, true)),
                education("sleep", 60)));

        assertThat(t.plannedStart(0)).isEqualTo(Duration.ZERO);
        assertThat(t.plannedStart(3)).isEqualTo(ofSeconds(45));
        assertThat(t.plannedStart(t.size())).isEqualTo(t.totalPlanned());
        assertThat(t.nextUp(0)).hasValueSatisfying(s -> assertThat(s.index()).isEqualTo(2)); // right side
        assertThat(t.nextUp(2)).hasValueSatisfying(s -> assertThat(s.set()).isEqualTo(2));   // over the rest
        assertThat(t.nextUp(6)).hasValueSatisfying(s -> assertThat(s.kind()).isEqualTo(EDUCATION));
        assertThat(t.nextUp(7)).isEmpty();
    }

    @Test
    void exercisesAreListedOnceEachInOrder() {
        Timeline t = Timeline.of(plan(exercise("a", Section.WARM_UP, hold(10, 2, 5, true)), rest(30),
                exercise("b", Section.MAIN, reps(5, 2, 1, 0, false))));

        assertThat(t.exercises()).extracting(ExerciseRef::exerciseId).containsExactly("a", "b");
        assertThat(t.exercises()).extracting(ExerciseRef::itemIndex).containsExactly(0, 2);
    }

    @Test
    void anEmptyPlanIsAnEmptyTimeline() {
        Timeline t = Timeline.of(plan());
        assertThat(t.isEmpty()).isTrue();
        assertThat(t.totalPlanned()).isZero();
        assertThat(t.exercises()).isEmpty();
    }

    @Test
    void stepsAndTheTimelineAreImmutable() {
        Timeline t = Timeline.of(plan(exercise("a", Section.MAIN, hold(10, 1, 0, false))));
        assertThatThrownBy(() -> t.steps().clear()).isInstanceOf(UnsupportedOperationException.class);
        List<ParticipantDose> strip = t.step(0).exercise().orElseThrow().participants();
        assertThatThrownBy(() -> strip.add(null)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void badDosesAreRefused() {
        assertThatThrownBy(() -> Dose.hold(Duration.ZERO, 1, Duration.ZERO, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dose.reps(5, Duration.ZERO, 1, Duration.ZERO, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Dose.reps(5, ofSeconds(2), 0, Duration.ZERO, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Dose(ofSeconds(5), 5, ofSeconds(2), 1, Duration.ZERO, false))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
