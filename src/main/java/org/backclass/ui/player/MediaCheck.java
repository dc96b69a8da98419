package org.backclass.ui.player;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.exercise.ExerciseLevel;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.programme.ProgrammeItem;

/**
 * Looks, before a class, for the demo clips and posters a programme will need: every level of
 * each exercise it uses (members work at their own levels), or the fixed level of a warm-up.
 * Existence only — an unplayable clip shows up when it is played.
 *
 * <p>Threading: touches the file system; call off the FX thread.
 */
public final class MediaCheck {

    private MediaCheck() {
    }

    /** The media files of the programme that are missing from {@code mediaDir}, in programme order. */
    public static List<MediaProblem> missing(Programme programme, ExerciseCatalogue catalogue, Path mediaDir) {
        Set<String> files = new LinkedHashSet<>();
        for (ProgrammeItem item : programme.items()) {
            if (item instanceof ProgrammeItem.ExerciseBlock block) {
                catalogue.find(block.exerciseId()).ifPresent(exercise -> files.addAll(filesOf(exercise, block)));
            }
        }
        List<MediaProblem> out = new ArrayList<>();
        for (String file : files) {
            if (!Files.isRegularFile(mediaDir.resolve(file))) {
                out.add(MediaProblem.missing(file));
            }
        }
        return out;
    }

    private static List<String> filesOf(Exercise exercise, ProgrammeItem.ExerciseBlock block) {
        List<String> files = new ArrayList<>();
        for (ExerciseLevel level : exercise.levels()) {
            if (block.fixedLevel() == null || block.fixedLevel() == level.level()) {
                files.add(level.demo() + ".mp4");
                files.add(level.demo() + ".png");
            }
        }
        return files;
    }
}
