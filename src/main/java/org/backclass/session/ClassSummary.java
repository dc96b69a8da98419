package org.backclass.session;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The record of a finished or ended class, immutable.
 *
 * @param endState       {@link RunnerState#FINISHED} or {@link RunnerState#ENDED_EARLY}
 * @param planned        the timeline's planned total
 * @param active         time the class ran (pauses excluded)
 * @param paused         total time spent paused
 * @param extended       total time added with +30 s
 * @param stepsSkipped   number of times {@code next} cut a step short
 * @param exercises      one outcome per exercise, in class order
 */
public record ClassSummary(String title, RunnerState endState, Duration planned, Duration active, Duration paused,
        Duration extended, int stepsSkipped, List<ExerciseOutcome> exercises) {

    public ClassSummary {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(endState, "endState");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(active, "active");
        Objects.requireNonNull(paused, "paused");
        Objects.requireNonNull(extended, "extended");
        exercises = List.copyOf(exercises);
    }
}
