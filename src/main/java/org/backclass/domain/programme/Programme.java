package org.backclass.domain.programme;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.backclass.domain.exercise.LocalizedText;

/**
 * A session plan that a class or one member follows: warm-up, blocks of exercises, rests, short
 * education moments and a cool-down, repeated {@code sessionsPerWeek} times over {@code weeks}.
 *
 * @param individual true for routines a member starts alone at the kiosk, false for led classes
 */
public record Programme(String id, LocalizedText name, LocalizedText description, int weeks,
        int sessionsPerWeek, boolean individual, List<ProgrammeItem> items) {

    public Programme {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(description, "description");
        if (weeks < 1 || weeks > 52 || sessionsPerWeek < 1 || sessionsPerWeek > 7) {
            throw new IllegalArgumentException("weeks must be 1..52 and sessionsPerWeek 1..7");
        }
        items = List.copyOf(items);
        if (items.stream().noneMatch(ProgrammeItem.ExerciseBlock.class::isInstance)) {
            throw new IllegalArgumentException("a programme has at least one exercise");
        }
    }

    public List<ProgrammeItem.ExerciseBlock> exerciseBlocks() {
        return items.stream()
                .filter(ProgrammeItem.ExerciseBlock.class::isInstance)
                .map(ProgrammeItem.ExerciseBlock.class::cast)
                .toList();
    }

    /** Distinct exercise ids used in {@code section}, in order of first appearance. */
    public Set<String> exerciseIds(Section section) {
        return exerciseBlocks().stream()
                .filter(b -> b.section() == section)
                .map(ProgrammeItem.ExerciseBlock::exerciseId)
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
