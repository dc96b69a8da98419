package org.backclass.tools.clips;

import java.nio.file.Path;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.exercise.ExerciseLevel;

/**
 * Makes the demo clips for the exercise catalogue: {@code ClipMaker MEDIA_DIR KIOSK_CONFIG_DIR}
 * writes {@code DEMO.mp4} and {@code DEMO.png} for every level of every exercise in
 * {@code exercises.yaml}, named by the level's {@code demo}. Deterministic: the same catalogue
 * gives the same frames, so the clips can be remade whenever a motion improves. A gym that
 * drops in its own recording under the same name simply does not run this again.
 */
public final class ClipMaker {

    private ClipMaker() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ClipMaker MEDIA_DIR KIOSK_CONFIG_DIR");
        }
        Path media = Path.of(args[0]);
        Content content = ContentLoader.load(Path.of(args[1]));
        if (!content.problems().isEmpty()) {
            throw new IllegalStateException("fix the content first: " + content.problems());
        }
        ClipEncoder encoder = new ClipEncoder();
        int clips = 0;
        for (Exercise exercise : content.catalogue().all()) {
            int levels = exercise.levels().size();
            for (ExerciseLevel level : exercise.levels()) {
                Motion motion = Motions.forExercise(exercise.id(), exercise.category().name(), level.level());
                int frames = encoder.encode(motion, level.level(), levels, media.resolve(level.demo() + ".mp4"),
                        media.resolve(level.demo() + ".png"));
                System.out.printf("%-28s %4d frames%n", level.demo(), frames);
                clips++;
            }
        }
        System.out.printf("%d clips in %s%n", clips, media.toAbsolutePath());
    }
}
