package org.backclass.session;

import java.time.Duration;
import java.util.Objects;

/**
 * How much of one exercise at one level: either a hold ({@code hold} seconds per set, no reps)
 * or repetitions ({@code reps} at {@code repTempo} per repetition), in {@code sets} sets with
 * {@code restBetweenSets} between them, optionally done once per side (left, then right).
 *
 * <p>Use {@link #hold} or {@link #reps}. For a hold dose {@code reps} is 0 and
 * {@code repTempo} is {@link Duration#ZERO}; for a rep dose {@code hold} is {@code ZERO}.
 */
public record Dose(Duration hold, int reps, Duration repTempo, int sets, Duration restBetweenSets,
        boolean perSide) {

    public Dose {
        Objects.requireNonNull(hold, "hold");
        Objects.requireNonNull(repTempo, "repTempo");
        Objects.requireNonNull(restBetweenSets, "restBetweenSets");
        if (sets < 1) {
            throw new IllegalArgumentException("sets must be at least 1: " + sets);
        }
        if (restBetweenSets.isNegative()) {
            throw new IllegalArgumentException("restBetweenSets must not be negative: " + restBetweenSets);
        }
        boolean isHold = reps == 0 && repTempo.isZero() && hold.compareTo(Duration.ZERO) > 0;
        boolean isReps = reps > 0 && repTempo.compareTo(Duration.ZERO) > 0 && hold.isZero();
        if (!isHold && !isReps) {
            throw new IllegalArgumentException(
                    "a dose is either a positive hold or positive reps with a positive tempo: hold=" + hold
                            + " reps=" + reps + " tempo=" + repTempo);
        }
    }

    /** A held position, e.g. 3 × 20 s side plank per side with 15 s rest. */
    public static Dose hold(Duration hold, int sets, Duration restBetweenSets, boolean perSide) {
        return new Dose(hold, 0, Duration.ZERO, sets, restBetweenSets, perSide);
    }

    /** Repetitions at a tempo, e.g. 2 × 10 bridges at 3 s each with 30 s rest. */
    public static Dose reps(int reps, Duration repTempo, int sets, Duration restBetweenSets, boolean perSide) {
        return new Dose(Duration.ZERO, reps, repTempo, sets, restBetweenSets, perSide);
    }

    public boolean isReps() {
        return reps > 0;
    }

    /** Length of one set on one side: the hold, or reps × tempo. */
    public Duration workPerSet() {
        return isReps() ? repTempo.multipliedBy(reps) : hold;
    }

    /** Time this dose takes without switch pauses: work for every set and side plus the rests between sets. */
    public Duration totalWithoutSwitches() {
        return workPerSet().multipliedBy((long) sets * (perSide ? 2 : 1))
                .plus(restBetweenSets.multipliedBy(sets - 1L));
    }
}
