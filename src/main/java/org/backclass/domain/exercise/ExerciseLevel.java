package org.backclass.domain.exercise;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One variant of an exercise. Level 1 is the easiest; each higher level asks a little more.
 *
 * @param demo media base name: {@code bird-dog-2} plays {@code media/bird-dog-2.mp4} with the
 *             poster {@code media/bird-dog-2.png}; kept as a plain name so a gym can drop in its
 *             own recordings without touching the catalogue
 */
public record ExerciseLevel(int level, LocalizedText name, LocalizedText howTo, Dose dose, String demo) {

    /** Lower-case words joined by hyphens: safe as a file name on every file system. */
    public static final Pattern DEMO_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public ExerciseLevel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(howTo, "howTo");
        Objects.requireNonNull(dose, "dose");
        if (level < 1 || level > Exercise.MAX_LEVELS) {
            throw new IllegalArgumentException("level must be 1.." + Exercise.MAX_LEVELS);
        }
        if (demo == null || !DEMO_NAME.matcher(demo).matches()) {
            throw new IllegalArgumentException("demo must be lower-case words joined by hyphens, was " + demo);
        }
    }
}
