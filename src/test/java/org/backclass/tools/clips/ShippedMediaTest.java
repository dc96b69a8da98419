package org.backclass.tools.clips;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.exercise.ExerciseLevel;
import org.junit.jupiter.api.Test;

/** Every level in the shipped catalogue has its demo clip and poster in media/. */
class ShippedMediaTest {

    @Test
    void everyExerciseLevelHasAClipAndAPoster() throws Exception {
        Content content = ContentLoader.load(Path.of("kiosk-config"));
        List<String> missing = new ArrayList<>();
        int levels = 0;
        for (Exercise exercise : content.catalogue().all()) {
            for (ExerciseLevel level : exercise.levels()) {
                levels++;
                for (String ext : List.of(".mp4", ".png")) {
                    Path file = Path.of("media", level.demo() + ext);
                    if (!Files.isRegularFile(file) || Files.size(file) < 500) {
                        missing.add(file.toString());
                    }
                }
            }
        }
        assertThat(levels).isGreaterThanOrEqualTo(18 * 3);
        assertThat(missing).as("run ./mvnw -B -Pmedia -DskipTests verify to make them").isEmpty();
    }
}
