package org.backclass.session;

import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.UUID;

/**
 * A checked-in member as the runner sees them: id, the short name for the shared screen
 * (first name + initial) and their level per exercise id. An exercise missing from the map
 * means "no level yet": they do the exercise's lowest level.
 */
public record Participant(UUID memberId, String shortName, Map<String, Integer> levelByExercise) {

    public Participant {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(shortName, "shortName");
        levelByExercise = Map.copyOf(Objects.requireNonNull(levelByExercise, "levelByExercise"));
    }

    public OptionalInt levelFor(String exerciseId) {
        Integer level = levelByExercise.get(exerciseId);
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }
}
