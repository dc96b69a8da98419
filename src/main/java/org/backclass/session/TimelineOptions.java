package org.backclass.session;

import java.time.Duration;
import java.util.Objects;

/**
 * Timing choices that are not part of the programme.
 *
 * @param switchPause       pause between the left and the right side of a per-side set (default 5 s)
 * @param restAfterExercise rest inserted after each exercise unless the plan already has a rest or
 *                          education item there, or the exercise ends the class (default 15 s;
 *                          {@code ZERO} inserts none)
 */
public record TimelineOptions(Duration switchPause, Duration restAfterExercise) {

    public static final TimelineOptions DEFAULTS = new TimelineOptions(Duration.ofSeconds(5), Duration.ofSeconds(15));

    public TimelineOptions {
        Objects.requireNonNull(switchPause, "switchPause");
        Objects.requireNonNull(restAfterExercise, "restAfterExercise");
        if (switchPause.isNegative() || restAfterExercise.isNegative()) {
            throw new IllegalArgumentException("pauses must not be negative");
        }
    }
}
