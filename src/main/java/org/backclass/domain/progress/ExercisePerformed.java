package org.backclass.domain.progress;

import java.util.Objects;
import java.util.UUID;

/**
 * What one member did of one exercise in a class or routine: the level, and whether the
 * prescribed work was completed, partly done or skipped. Progress and progression read these.
 */
public record ExercisePerformed(UUID memberId, String exerciseId, int level, Completion completion) {

    public ExercisePerformed {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(completion, "completion");
        if (level < 1 || level > 10) {
            throw new IllegalArgumentException("level must be 1-10, was " + level);
        }
    }
}
