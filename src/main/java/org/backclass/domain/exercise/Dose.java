package org.backclass.domain.exercise;

import java.time.Duration;

/**
 * How much of an exercise one level asks for: either a timed effort (a static hold, or continuous
 * work such as walking) or a number of repetitions, repeated for a number of sets with a rest in
 * between, optionally on each side. The upper bounds are there to catch typing slips in content
 * files (a 300-second plank, 80 reps) rather than to judge what is clinically right.
 *
 * @param kind         timed or repetitions
 * @param amount       seconds for {@link Kind#TIMED}, repetitions for {@link Kind#REPS}
 * @param sets         how many times the amount is done
 * @param rest         pause between sets (not after the last one)
 * @param perSide      whether the amount is done once for the left and once for the right side
 * @param tempoSeconds seconds one repetition takes, or 0 when the content does not say
 */
public record Dose(Kind kind, int amount, int sets, Duration rest, boolean perSide, int tempoSeconds) {

    /** Timed or counted. */
    public enum Kind { TIMED, REPS }

    /** Longest single timed effort: a 30-minute walk or ride. */
    public static final int MAX_SECONDS = 1800;
    public static final int MAX_REPS = 30;
    public static final int MAX_SETS = 6;
    public static final int MAX_REST_SECONDS = 300;
    public static final int MAX_TEMPO_SECONDS = 10;
    /**
     * Seconds per repetition assumed when the content gives no tempo: slow, controlled
     * repetitions of about three seconds are what supervised back classes coach.
     */
    public static final int DEFAULT_TEMPO_SECONDS = 3;

    public Dose {
        if (kind == null || rest == null) {
            throw new IllegalArgumentException("dose needs a kind and a rest");
        }
        int max = kind == Kind.TIMED ? MAX_SECONDS : MAX_REPS;
        check(amount, 1, max, kind == Kind.TIMED ? "seconds" : "reps");
        check(sets, 1, MAX_SETS, "sets");
        check((int) rest.toSeconds(), 0, MAX_REST_SECONDS, "rest");
        check(tempoSeconds, 0, MAX_TEMPO_SECONDS, "tempo");
        if (kind == Kind.TIMED && tempoSeconds != 0) {
            throw new IllegalArgumentException("tempo only applies to repetitions");
        }
    }

    private static void check(int value, int min, int max, String what) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(what + " must be " + min + ".." + max + ", was " + value);
        }
    }

    /** A held or continuous effort of {@code seconds}. */
    public static Dose timed(int seconds, int sets, int restSeconds, boolean perSide) {
        return new Dose(Kind.TIMED, seconds, sets, Duration.ofSeconds(restSeconds), perSide, 0);
    }

    /** {@code reps} repetitions per set; {@code tempoSeconds} 0 means the default tempo. */
    public static Dose reps(int reps, int sets, int restSeconds, boolean perSide, int tempoSeconds) {
        return new Dose(Kind.REPS, reps, sets, Duration.ofSeconds(restSeconds), perSide, tempoSeconds);
    }

    /**
     * Nominal time the dose takes: working time of every set (both sides when per side) plus the
     * rests between sets. Repetitions count at their tempo, or {@link #DEFAULT_TEMPO_SECONDS}.
     */
    public Duration nominalDuration() {
        int perSet = kind == Kind.TIMED ? amount : amount * (tempoSeconds > 0 ? tempoSeconds : DEFAULT_TEMPO_SECONDS);
        long work = (long) perSet * sets * (perSide ? 2 : 1);
        return Duration.ofSeconds(work).plus(rest.multipliedBy(sets - 1L));
    }
}
