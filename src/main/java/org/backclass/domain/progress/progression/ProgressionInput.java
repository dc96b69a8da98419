package org.backclass.domain.progress.progression;

import java.util.Objects;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.progress.Completion;

/**
 * What the engine knows about one member and one exercise after a session. Scores the member
 * did not give (or has not given yet, like the next morning) are null rather than guessed, so
 * that the engine can tell "no pain" from "no answer".
 *
 * @param exerciseId      the exercise
 * @param currentLevel    the level the member did this session, 1..{@code maxLevel}
 * @param maxLevel        the exercise's hardest level, 1..{@link Exercise#MAX_LEVELS}; the
 *                        easiest is always 1
 * @param painBefore      pain 0–10 at tap-in before the session, or null; kept as context and to
 *                        derive {@link NextMorning} with {@link NextMorning#fromScores}
 * @param painDuring      pain 0–10 during the exercise, or null
 * @param painAfter       pain 0–10 after the class (the "how is your back now?" answer), or null
 * @param nextMorning     the next-day response, or null while it is not known
 * @param completion      how much of the prescribed dose was done this session
 * @param effort          effort 0–10 on the Borg CR10 scale, or null
 * @param sessionsAtLevel sessions done at {@code currentLevel}, counting this one (1 or more)
 * @param openRedFlag     whether a red-flag answer is open that the instructor has not yet
 *                        cleared
 */
public record ProgressionInput(String exerciseId, int currentLevel, int maxLevel, Integer painBefore,
        Integer painDuring, Integer painAfter, NextMorning nextMorning, Completion completion, Integer effort,
        int sessionsAtLevel, boolean openRedFlag) {

    public ProgressionInput {
        if (exerciseId == null || exerciseId.isBlank()) {
            throw new IllegalArgumentException("exerciseId must not be blank");
        }
        if (maxLevel < 1 || maxLevel > Exercise.MAX_LEVELS) {
            throw new IllegalArgumentException("maxLevel must be 1.." + Exercise.MAX_LEVELS + ", was " + maxLevel);
        }
        if (currentLevel < 1 || currentLevel > maxLevel) {
            throw new IllegalArgumentException("currentLevel must be 1.." + maxLevel + ", was " + currentLevel);
        }
        checkScore(painBefore, "painBefore");
        checkScore(painDuring, "painDuring");
        checkScore(painAfter, "painAfter");
        checkScore(effort, "effort");
        Objects.requireNonNull(completion, "completion");
        if (sessionsAtLevel < 1) {
            throw new IllegalArgumentException("sessionsAtLevel counts this session, so it must be 1 or more, was "
                    + sessionsAtLevel);
        }
    }

    private static void checkScore(Integer score, String name) {
        if (score != null && (score < 0 || score > 10)) {
            throw new IllegalArgumentException(name + " must be 0..10 or unknown (null), was " + score);
        }
    }

    /** The same input with the next-day response now known (or still unknown, for null). */
    public ProgressionInput withNextMorning(NextMorning response) {
        return new ProgressionInput(exerciseId, currentLevel, maxLevel, painBefore, painDuring, painAfter, response,
                completion, effort, sessionsAtLevel, openRedFlag);
    }
}
