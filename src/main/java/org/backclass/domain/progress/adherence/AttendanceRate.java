package org.backclass.domain.progress.adherence;

/**
 * Attendance over a span of days: of the member's expected sessions in the span that are over,
 * how many they came to (the rules are in the package documentation; the counting is
 * {@link AdherenceCalculator#rate}).
 *
 * @param attended  expected sessions attended, at most {@code scheduled}
 * @param scheduled expected sessions in the span whose day is over
 */
public record AttendanceRate(int attended, int scheduled) {

    public AttendanceRate {
        if (attended < 0 || scheduled < 0 || attended > scheduled) {
            throw new IllegalArgumentException("attended must be 0.." + scheduled + ", was " + attended);
        }
    }

    /**
     * Whole percent, rounded down so a single miss never shows as 100 %; null when nothing was
     * scheduled, because any number there would be made up.
     */
    public Integer percent() {
        return scheduled == 0 ? null : attended * 100 / scheduled;
    }

    /** Under {@code thresholdPercent}; never true when nothing was scheduled. */
    public boolean below(int thresholdPercent) {
        Integer percent = percent();
        return percent != null && percent < thresholdPercent;
    }
}
