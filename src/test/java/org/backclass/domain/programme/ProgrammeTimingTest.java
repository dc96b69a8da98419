package org.backclass.domain.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.backclass.domain.exercise.Category;
import org.backclass.domain.exercise.Dose;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.exercise.ExerciseLevel;
import org.backclass.domain.exercise.LocalizedText;
import org.backclass.domain.exercise.MuscleGroup;
import org.junit.jupiter.api.Test;

class ProgrammeTimingTest {

    private static LocalizedText t(String s) {
        return new LocalizedText(s, s + " (de)");
    }

    /** Level n holds for n × 10 seconds, once: easy to add up by hand. */
    private static final ExerciseCatalogue CATALOGUE = new ExerciseCatalogue(List.of(new Exercise("plank", t("Plank"),
            Category.STRENGTH, Set.of(MuscleGroup.FLEXORS),
            List.of(level(1), level(2), level(3)), List.of(t("a"), t("b"), t("c")), List.of(t("m")), List.of(t("c")),
            "Lumbar stabilisation")));

    private static ExerciseLevel level(int n) {
        return new ExerciseLevel(n, t("L" + n), t("do"), Dose.timed(n * 10, 1, 0, false), "plank-" + n);
    }

    private static Programme programme(ProgrammeItem... items) {
        return new Programme("p", t("P"), t("D"), 8, 2, false, List.of(items));
    }

    @Test
    void addsSetupDoseRestsAndEducation() {
        Programme p = programme(
                new ProgrammeItem.ExerciseBlock(Section.WARM_UP, "plank", 1),
                new ProgrammeItem.Rest(Duration.ofSeconds(60)),
                new ProgrammeItem.ExerciseBlock(Section.MAIN, "plank", null),
                new ProgrammeItem.Education("pain-alarm", t("Pain"), t("Alarm"), Duration.ofSeconds(120)));
        // (30 + 10) + 60 + (30 + 20, own level timed at level 2) + 120
        assertThat(ProgrammeTiming.nominal(p, CATALOGUE)).isEqualTo(Duration.ofSeconds(270));
    }

    @Test
    void unknownExercisesAndLevelsAreRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> ProgrammeTiming.nominal(
                programme(new ProgrammeItem.ExerciseBlock(Section.MAIN, "lunge", null)), CATALOGUE));
        assertThatIllegalArgumentException().isThrownBy(() -> ProgrammeTiming.nominal(
                programme(new ProgrammeItem.ExerciseBlock(Section.MAIN, "plank", 4)), CATALOGUE));
    }

    @Test
    void aProgrammeNeedsAnExerciseAndSensibleLengths() {
        assertThatIllegalArgumentException().isThrownBy(() -> programme(new ProgrammeItem.Rest(Duration.ofSeconds(30))));
        assertThatIllegalArgumentException().isThrownBy(() -> new ProgrammeItem.Rest(Duration.ZERO));
        assertThatIllegalArgumentException().isThrownBy(() -> new ProgrammeItem.Rest(Duration.ofMinutes(20)));
    }

    @Test
    void listsDistinctExercisesPerSection() {
        Programme p = programme(
                new ProgrammeItem.ExerciseBlock(Section.MAIN, "plank", null),
                new ProgrammeItem.ExerciseBlock(Section.MAIN, "plank", 2));
        assertThat(p.exerciseIds(Section.MAIN)).containsExactly("plank");
        assertThat(p.exerciseIds(Section.COOL_DOWN)).isEmpty();
    }
}
