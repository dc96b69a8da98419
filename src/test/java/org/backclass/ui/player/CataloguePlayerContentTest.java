package org.backclass.ui.player;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.exercise.ExerciseLevel;
import org.junit.jupiter.api.Test;

class CataloguePlayerContentTest {

    private final ExerciseCatalogue catalogue = ContentLoader.load(Path.of("kiosk-config")).catalogue();
    private final CataloguePlayerContent german = new CataloguePlayerContent(catalogue, Locale.GERMAN, Path.of("media"));

    @Test
    void everyExerciseLevelHasAPosterFile() {
        assertThat(catalogue.all()).isNotEmpty();
        for (Exercise exercise : catalogue.all()) {
            for (ExerciseLevel level : exercise.levels()) {
                assertThat(german.posterFile(exercise.id(), level.level()))
                        .as(exercise.id() + " level " + level.level())
                        .hasValueSatisfying(file -> assertThat(Files.isRegularFile(file)).isTrue());
            }
        }
    }

    @Test
    void everyExerciseLevelHasADemoClipNamedByItsDemo() {
        for (Exercise exercise : catalogue.all()) {
            for (ExerciseLevel level : exercise.levels()) {
                Path clip = german.videoFor(exercise.id(), level.level());
                assertThat(clip).as(exercise.id() + " level " + level.level())
                        .isEqualTo(Path.of("media", level.demo() + ".mp4"));
                assertThat(Files.isRegularFile(clip)).as(clip.toString()).isTrue();
            }
        }
        assertThat(german.videoFor("no-such-exercise", 1)).isNull();
    }

    @Test
    void cuesAreTheExercisesCuesInTheKiosksLanguage() {
        Exercise first = catalogue.all().getFirst();

        assertThat(german.cuesFor(first.id())).hasSize(first.cues().size())
                .containsExactlyElementsOf(first.cues().stream().map(c -> c.de()).toList());
        assertThat(german.cuesFor("no-such-exercise")).isEmpty();
        assertThat(german.posterFile("no-such-exercise", 1)).isEmpty();
    }
}
