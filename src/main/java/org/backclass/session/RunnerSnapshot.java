package org.backclass.session;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a class screen renders, frozen at one moment. Immutable; safe to hand to another
 * thread. The UI renders snapshots only and never asks the runner anything else.
 *
 * @param version          increases by at least one whenever anything in the runner changed
 * @param state            runner state
 * @param current          the current step; before the start the first step; empty when over
 *                         or when the plan has no steps
 * @param nextUp           the next WORK or EDUCATION step (rests and side switches are skipped so
 *                         the screen previews what to do next, e.g. "Next: bird-dog, set 2")
 * @param stepNumber       1-based number of the current step (0 when none)
 * @param stepCount        number of steps in the class
 * @param stepLength       planned length of the current step plus any +30 s
 * @param remaining        exact time left in the current step
 * @param remainingSeconds time left rounded <em>up</em> to whole seconds, for display (shows 1 until it is 0)
 * @param warning          3, 2 or 1 during the last three seconds of a countdown step, else 0
 * @param currentRep       for rep work, the rep being done now (1..target, from the tempo), else 0
 * @param elapsedInClass   time the class has run, pauses excluded
 * @param classRemaining   planned time left: rest of this step plus all later steps
 * @param progress         0..1, planned position through the class (1 when finished)
 * @param participants     every participant's own level and dose for the current exercise; empty
 *                         for steps that are not part of an exercise
 */
public record RunnerSnapshot(long version, RunnerState state, Optional<Step> current, Optional<Step> nextUp,
        int stepNumber, int stepCount, Duration stepLength, Duration remaining, int remainingSeconds, int warning,
        int currentRep, Duration elapsedInClass, Duration classRemaining, double progress,
        List<ParticipantDose> participants) {

    public RunnerSnapshot {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(nextUp, "nextUp");
        Objects.requireNonNull(stepLength, "stepLength");
        Objects.requireNonNull(remaining, "remaining");
        Objects.requireNonNull(elapsedInClass, "elapsedInClass");
        Objects.requireNonNull(classRemaining, "classRemaining");
        participants = List.copyOf(participants);
    }

    /** Time left in the current step in whole milliseconds. */
    public long remainingMillis() {
        return remaining.toMillis();
    }

    /** Set number of the current step, 0 if it has none. */
    public int set() {
        return current.map(Step::set).orElse(0);
    }

    public int setCount() {
        return current.map(Step::setCount).orElse(0);
    }

    public Side side() {
        return current.map(Step::side).orElse(Side.BOTH);
    }
}
