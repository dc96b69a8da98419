package org.backclass.session;

import org.backclass.domain.programme.Section;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A planned exercise: its catalogue id, the name shown on screen, its section and a dose per
 * level (levels are small positive numbers, 1 = easiest). The group is timed by one level
 * chosen by {@link GroupLevel}; every participant still sees their own level's dose.
 */
public record ExerciseItem(String exerciseId, String name, Section section, Map<Integer, Dose> doseByLevel)
        implements PlannedItem {

    public ExerciseItem {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(doseByLevel, "doseByLevel");
        if (exerciseId.isBlank()) {
            throw new IllegalArgumentException("exerciseId must not be blank");
        }
        if (doseByLevel.isEmpty()) {
            throw new IllegalArgumentException("exercise " + exerciseId + " needs a dose for at least one level");
        }
        doseByLevel.forEach((level, dose) -> {
            Objects.requireNonNull(level, "level");
            Objects.requireNonNull(dose, "dose");
            if (level < 1) {
                throw new IllegalArgumentException("levels start at 1: " + level + " in " + exerciseId);
            }
        });
        doseByLevel = Map.copyOf(doseByLevel);
    }

    /** The levels of the dose table, ascending. */
    public NavigableMap<Integer, Dose> levels() {
        return new TreeMap<>(doseByLevel);
    }

    /** The lowest level that has a dose. */
    public int lowestLevel() {
        return levels().firstKey();
    }

    /**
     * The level of the table that serves a wanted level: the wanted one if present, else the
     * nearest lower one, else the lowest (never a harder level than asked for).
     */
    public int resolveLevel(int wanted) {
        Integer floor = levels().floorKey(wanted);
        return floor != null ? floor : lowestLevel();
    }

    public Dose doseAt(int level) {
        return doseByLevel.get(resolveLevel(level));
    }
}
