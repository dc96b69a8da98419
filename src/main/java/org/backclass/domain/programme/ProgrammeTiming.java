package org.backclass.domain.programme;

import java.time.Duration;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.exercise.ExerciseLevel;

/**
 * Nominal length of a programme, for the timetable and the "about 20 minutes" on the start
 * button. Assumptions, kept simple on purpose because real classes vary with the instructor:
 * <ul>
 *   <li>an exercise block takes its dose ({@link org.backclass.domain.exercise.Dose#nominalDuration()}:
 *       repetitions at their tempo or 3 s each, both sides when per side, rests between sets);</li>
 *   <li>a block where members work at their own level is timed at level 2 (or the highest
 *       level, if lower), the typical middle of a mixed class; a fixed level is timed as given;</li>
 *   <li>every block adds {@link #SETUP} for the demo and getting into position;</li>
 *   <li>rests and education moments count at their stated length.</li>
 * </ul>
 */
public final class ProgrammeTiming {

    /** Time to watch the demo and get into the starting position. */
    public static final Duration SETUP = Duration.ofSeconds(30);
    static final int TYPICAL_LEVEL = 2;

    private ProgrammeTiming() {
    }

    /** @throws IllegalArgumentException when an exercise or level is not in the catalogue */
    public static Duration nominal(Programme programme, ExerciseCatalogue catalogue) {
        Duration total = Duration.ZERO;
        for (ProgrammeItem item : programme.items()) {
            total = total.plus(switch (item) {
                case ProgrammeItem.ExerciseBlock block -> block(block, catalogue);
                case ProgrammeItem.Rest rest -> rest.duration();
                case ProgrammeItem.Education education -> education.duration();
            });
        }
        return total;
    }

    private static Duration block(ProgrammeItem.ExerciseBlock block, ExerciseCatalogue catalogue) {
        Exercise exercise = catalogue.find(block.exerciseId())
                .orElseThrow(() -> new IllegalArgumentException("unknown exercise " + block.exerciseId()));
        int level = block.fixedLevel() != null ? block.fixedLevel() : Math.min(TYPICAL_LEVEL, exercise.highestLevel());
        ExerciseLevel variant = exercise.level(level)
                .orElseThrow(() -> new IllegalArgumentException(exercise.id() + " has no level " + level));
        return SETUP.plus(variant.dose().nominalDuration());
    }
}
