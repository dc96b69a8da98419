package org.backclass.session;

import org.backclass.domain.progress.Completion;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.programme.ProgrammeItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shipped programmes, as configured in kiosk-config/, run end to end on the class runner. */
class SessionPlansTest {

    private static Content content;

    @BeforeAll
    static void load() {
        content = ContentLoader.load(Path.of("kiosk-config"));
        assertThat(content.problems()).isEmpty();
    }

    private static Programme programme(String id) {
        return content.programmes().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"strong-back-course", "mckenzie-extension-class", "mobility-walking-class",
            "starter-routine"})
    void everyShippedProgrammeRunsToTheEndWithEveryExerciseCompleted(String id) {
        Programme programme = programme(id);
        Participant anna = new Participant(UUID.randomUUID(), "Anna K.", Map.of());
        SessionPlan plan = SessionPlans.fromProgramme(programme, content.catalogue(), Locale.GERMAN, List.of(anna));
        Timeline timeline = Timeline.of(plan);
        AtomicLong nanos = new AtomicLong();
        ClassRunner runner = new ClassRunner(timeline, nanos::get);

        runner.start();
        while (runner.summary().isEmpty()) {
            nanos.addAndGet(Duration.ofSeconds(1).toNanos());
            runner.tick();
        }

        ClassSummary summary = runner.summary().orElseThrow();
        assertThat(plan.title()).isEqualTo(programme.name().de());
        assertThat(summary.exercises()).extracting(ExerciseOutcome::exerciseId)
                .containsExactlyElementsOf(programme.exerciseBlocks().stream()
                        .map(ProgrammeItem.ExerciseBlock::exerciseId).toList());
        assertThat(summary.exercises()).allSatisfy(e -> assertThat(e.completion()).isEqualTo(Completion.COMPLETED));
        assertThat(summary.active()).isEqualTo(timeline.totalPlanned());
    }

    @Test
    void theStabilisationCourseRunsForAboutAnHour() {
        SessionPlan plan = SessionPlans.fromProgramme(programme("strong-back-course"), content.catalogue(),
                Locale.ENGLISH, List.of());

        assertThat(Timeline.of(plan).totalPlanned()).isBetween(Duration.ofMinutes(45), Duration.ofMinutes(70));
    }

    @Test
    void aFixedLevelBlockOffersOnlyThatLevel() {
        Programme programme = content.programmes().stream()
                .filter(p -> p.exerciseBlocks().stream().anyMatch(b -> b.fixedLevel() != null))
                .findFirst().orElseThrow();
        ProgrammeItem.ExerciseBlock fixed = programme.exerciseBlocks().stream()
                .filter(b -> b.fixedLevel() != null).findFirst().orElseThrow();

        SessionPlan plan = SessionPlans.fromProgramme(programme, content.catalogue(), Locale.ENGLISH, List.of());

        ExerciseItem item = plan.items().stream().filter(ExerciseItem.class::isInstance).map(ExerciseItem.class::cast)
                .filter(e -> e.exerciseId().equals(fixed.exerciseId())).findFirst().orElseThrow();
        assertThat(item.doseByLevel()).containsOnlyKeys(fixed.fixedLevel());
    }

    @Test
    void dosesKeepSetsRestsSidesAndTempo() {
        Dose hold = SessionPlans.dose(org.backclass.domain.exercise.Dose.timed(20, 3, 30, true));
        Dose reps = SessionPlans.dose(org.backclass.domain.exercise.Dose.reps(10, 2, 45, false, 4));

        assertThat(hold.hold()).isEqualTo(Duration.ofSeconds(20));
        assertThat(hold.sets()).isEqualTo(3);
        assertThat(hold.restBetweenSets()).isEqualTo(Duration.ofSeconds(30));
        assertThat(hold.perSide()).isTrue();
        assertThat(reps.reps()).isEqualTo(10);
        assertThat(reps.repTempo()).isEqualTo(Duration.ofSeconds(4));
        assertThat(reps.sets()).isEqualTo(2);
        assertThat(reps.perSide()).isFalse();
    }

    @Test
    void educationMomentsCarryTheirTitleAndTextInTheKioskLanguage() {
        Programme course = programme("strong-back-course");
        ProgrammeItem.Education first = course.items().stream()
                .filter(ProgrammeItem.Education.class::isInstance).map(ProgrammeItem.Education.class::cast)
                .findFirst().orElseThrow();

        SessionPlan plan = SessionPlans.fromProgramme(course, content.catalogue(), Locale.GERMAN, List.of());
        Step talk = Timeline.of(plan).steps().stream().filter(st -> st.kind() == StepKind.EDUCATION)
                .findFirst().orElseThrow();

        assertThat(talk.topic()).hasValueSatisfying(topic -> {
            assertThat(topic.id()).isEqualTo(first.topicId());
            assertThat(topic.title()).isEqualTo(first.title().de()).isNotBlank();
            assertThat(topic.text()).isEqualTo(first.body().de()).isNotBlank();
        });
        assertThat(talk.planned()).isEqualTo(first.duration());
    }
}
