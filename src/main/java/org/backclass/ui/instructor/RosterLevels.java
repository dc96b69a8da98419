package org.backclass.ui.instructor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.programme.ProgrammeItem;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * One member's levels on the roster, in the kiosk's language: a summary for the line ("levels 2–3")
 * and, when the line is opened, each exercise with its level ("Bird dog: level 2").
 *
 * <p>With the class's programme known, these are the exercises each member does at their own
 * level, in programme order, at the level they will start on: the one they last worked at, or
 * the first level when they have none yet (as the class is built). Blocks everyone does at a fixed
 * level say nothing about a member and are left out. Without a programme, the levels they have.
 *
 * @param summary    "levels 2–3", "level 1", or "no levels yet"
 * @param exercises  "Bird dog: level 2", … in the order above; empty with no levels
 */
public record RosterLevels(String summary, List<String> exercises) {

    public RosterLevels {
        exercises = List.copyOf(exercises);
    }

    /**
     * @param levels    the member's level per exercise id (empty: none yet)
     * @param programme the class's programme; null when unknown
     */
    static RosterLevels of(Map<String, Integer> levels, Programme programme, ExerciseCatalogue catalogue,
            Messages m) {
        record Item(String name, int level) {
        }
        List<Item> items = new ArrayList<>();
        if (programme != null) {
            Set<String> ownLevel = new LinkedHashSet<>();
            for (ProgrammeItem.ExerciseBlock block : programme.exerciseBlocks()) {
                if (block.fixedLevel() == null) {
                    ownLevel.add(block.exerciseId());
                }
            }
            ownLevel.forEach(id -> items.add(new Item(name(id, catalogue, m), levels.getOrDefault(id, 1))));
        } else {
            levels.forEach((id, level) -> items.add(new Item(name(id, catalogue, m), level)));
            items.sort(Comparator.comparing(Item::name));
        }
        if (items.isEmpty()) {
            return new RosterLevels(m.get(MessageKey.INSTRUCTOR_LEVELS_NONE), List.of());
        }
        int lowest = items.stream().mapToInt(Item::level).min().orElseThrow();
        int highest = items.stream().mapToInt(Item::level).max().orElseThrow();
        String summary = lowest == highest ? m.format(MessageKey.INSTRUCTOR_LEVEL_ONE, lowest)
                : m.format(MessageKey.INSTRUCTOR_LEVELS_RANGE, lowest, highest);
        return new RosterLevels(summary,
                items.stream().map(i -> m.format(MessageKey.INSTRUCTOR_LEVELS_ITEM, i.name(), i.level())).toList());
    }

    /** The exercise's name in the kiosk's language; its id if the catalogue no longer has it. */
    private static String name(String exerciseId, ExerciseCatalogue catalogue, Messages m) {
        return catalogue.find(exerciseId).map(e -> e.name().in(m.locale())).orElse(exerciseId);
    }
}
