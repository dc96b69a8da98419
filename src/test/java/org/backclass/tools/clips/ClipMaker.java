package org.backclass.tools.clips;

import java.nio.file.Path;

/**
 * Makes the demo clips: {@code ClipMaker MEDIA_DIR EXERCISE_ID CATEGORY LEVELS [...]} writes
 * {@code MEDIA_DIR/EXERCISE_ID-LEVEL.mp4} and {@code .png} for each level. Deterministic: the
 * same arguments give the same frames, so the clips can be remade whenever a motion improves.
 */
public final class ClipMaker {

    private ClipMaker() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4 || (args.length - 1) % 3 != 0) {
            throw new IllegalArgumentException("usage: ClipMaker MEDIA_DIR (EXERCISE_ID CATEGORY LEVELS)...");
        }
        Path media = Path.of(args[0]);
        ClipEncoder encoder = new ClipEncoder();
        for (int i = 1; i < args.length; i += 3) {
            String id = args[i];
            String category = args[i + 1];
            int levels = Integer.parseInt(args[i + 2]);
            for (int level = 1; level <= levels; level++) {
                String name = id + "-" + level;
                int frames = encoder.encode(Motions.forExercise(id, category, level), level, levels,
                        media.resolve(name + ".mp4"), media.resolve(name + ".png"));
                System.out.printf("%s: %d frames%n", name, frames);
            }
        }
    }
}
