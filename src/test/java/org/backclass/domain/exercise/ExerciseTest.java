package org.backclass.domain.exercise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ExerciseTest {

    static LocalizedText t(String s) {
        return new LocalizedText(s, s + " (de)");
    }

    static List<ExerciseLevel> levels(String id, int... numbers) {
        return IntStream.of(numbers).mapToObj(n -> new ExerciseLevel(n, t("L" + n), t("do " + n),
                Dose.reps(8, 2, 30, false, 0), id + "-" + n)).toList();
    }

    static Exercise exercise(String id, Category category, Set<MuscleGroup> groups, List<ExerciseLevel> levels,
            int cues) {
        return new Exercise(id, t(id), category, groups, levels,
                IntStream.range(0, cues).mapToObj(i -> t("cue " + i)).toList(), List.of(t("mistake")),
                List.of(t("caution")), "Lumbar stabilisation");
    }

    @Test
    void aCompleteExerciseFindsItsLevels() {
        Exercise bridge = exercise("glute-bridge", Category.STRENGTH, Set.of(MuscleGroup.EXTENSORS),
                levels("glute-bridge", 1, 2, 3, 4), 4);
        assertThat(bridge.highestLevel()).isEqualTo(4);
        assertThat(bridge.level(3)).map(ExerciseLevel::demo).contains("glute-bridge-3");
        assertThat(bridge.level(5)).isEmpty();
        assertThat(bridge.level(0)).isEmpty();
    }

    @Test
    void levelsMustBeThreeToFourNumberedFromOne() {
        Set<MuscleGroup> g = Set.of(MuscleGroup.FLEXORS);
        assertThatIllegalArgumentException().isThrownBy(() -> exercise("a", Category.STRENGTH, g, levels("a", 1, 2), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> exercise("a", Category.STRENGTH, g, levels("a", 1, 3, 2), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> new ExerciseLevel(5, t("x"), t("x"),
                Dose.timed(10, 1, 0, false), "a-5"));
    }

    @Test
    void cuesMustBeThreeToFive() {
        Set<MuscleGroup> g = Set.of(MuscleGroup.OBLIQUES);
        assertThatIllegalArgumentException().isThrownBy(() -> exercise("a", Category.MOBILITY, g, levels("a", 1, 2, 3), 2));
        assertThatIllegalArgumentException().isThrownBy(() -> exercise("a", Category.MOBILITY, g, levels("a", 1, 2, 3), 6));
    }

    @Test
    void demoNamesAreFileSafe() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ExerciseLevel(1, t("x"), t("x"),
                Dose.timed(10, 1, 0, false), "../bird dog"));
    }

    @Test
    void catalogueReportsWhatItDoesNotCover() {
        ExerciseCatalogue catalogue = new ExerciseCatalogue(List.of(
                exercise("cat-cow", Category.MOBILITY, Set.of(MuscleGroup.EXTENSORS), levels("cat-cow", 1, 2, 3), 3),
                exercise("side-plank", Category.STRENGTH, Set.of(MuscleGroup.OBLIQUES), levels("side-plank", 1, 2, 3), 3)));
        assertThat(catalogue.missingCategories()).containsExactlyInAnyOrder(Category.STRETCH, Category.AEROBIC);
        assertThat(catalogue.missingMuscleGroups()).containsExactly(MuscleGroup.FLEXORS);
        assertThat(catalogue.find("side-plank")).isPresent();
        assertThat(catalogue.training(MuscleGroup.OBLIQUES)).extracting(Exercise::id).containsExactly("side-plank");
        assertThatIllegalArgumentException().isThrownBy(() -> new ExerciseCatalogue(List.of(
                catalogue.find("cat-cow").orElseThrow(), catalogue.find("cat-cow").orElseThrow())));
    }
}
