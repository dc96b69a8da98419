package org.backclass.session;

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
import org.backclass.domain.progress.Completion;
import org.backclass.domain.progress.ExercisePerformed;
import org.backclass.domain.programme.Programme;
import org.junit.jupiter.api.Test;

class SessionResultsTest {

    @Test
    void eachMemberGetsARecordPerExerciseAtTheirOwnLevel() {
        Content content = ContentLoader.load(Path.of("kiosk-config"));
        Programme starter = content.programmes().stream().filter(p -> p.id().equals("starter-routine"))
                .findFirst().orElseThrow();
        // An exercise every member does at their own level (not a fixed-level warm-up).
        String first = starter.exerciseBlocks().stream().filter(b -> b.fixedLevel() == null).findFirst()
                .orElseThrow().exerciseId();
        UUID anna = UUID.randomUUID();
        UUID bernd = UUID.randomUUID();
        SessionPlan plan = SessionPlans.fromProgramme(starter, content.catalogue(), Locale.ENGLISH, List.of(
                new Participant(anna, "Anna K.", Map.of(first, 3)), new Participant(bernd, "Bernd V.", Map.of())));
        AtomicLong nanos = new AtomicLong();
        ClassRunner runner = new ClassRunner(Timeline.of(plan), nanos::get);
        runner.start();
        // The instructor skips every step of that exercise; everything else runs its course.
        while (runner.summary().isEmpty()) {
            boolean onSkipped = runner.snapshot().current().flatMap(Step::exercise).map(ExerciseRef::exerciseId)
                    .filter(first::equals).isPresent();
            if (onSkipped) {
                runner.next();
            } else {
                nanos.addAndGet(Duration.ofSeconds(1).toNanos());
                runner.tick();
            }
        }

        List<ExercisePerformed> performed = SessionResults.performed(runner.summary().orElseThrow());

        assertThat(performed).hasSize(2 * starter.exerciseBlocks().size());
        assertThat(performed).filteredOn(p -> p.exerciseId().equals(first))
                .extracting(ExercisePerformed::memberId, ExercisePerformed::level, ExercisePerformed::completion)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(anna, 3, Completion.SKIPPED),
                        org.assertj.core.groups.Tuple.tuple(bernd, 1, Completion.SKIPPED));
        assertThat(performed).filteredOn(p -> !p.exerciseId().equals(first))
                .allSatisfy(p -> assertThat(p.completion()).isEqualTo(Completion.COMPLETED));
    }
}
