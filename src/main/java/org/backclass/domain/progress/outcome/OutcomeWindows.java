package org.backclass.domain.progress.outcome;

/**
 * How long each progress check stays open, in whole days. {@link #defaults()}: the baseline from
 * the first visit through the following 14 days; every later check from 7 days before its date
 * to 28 days after it.
 *
 * @param baselineDays days after the first visit on which the baseline is still asked (the first
 *                     visit itself always is)
 * @param daysBefore   days before a later check's date from which it is asked
 * @param daysAfter    days after a later check's date on which it is still asked
 */
public record OutcomeWindows(int baselineDays, int daysBefore, int daysAfter) {

    public static final int DEFAULT_BASELINE_DAYS = 14;
    public static final int DEFAULT_DAYS_BEFORE = 7;
    public static final int DEFAULT_DAYS_AFTER = 28;

    public OutcomeWindows {
        if (baselineDays < 0 || daysBefore < 0 || daysAfter < 0) {
            throw new IllegalArgumentException("outcome windows are whole days, 0 or more: baseline "
                    + baselineDays + ", before " + daysBefore + ", after " + daysAfter);
        }
    }

    public static OutcomeWindows defaults() {
        return new OutcomeWindows(DEFAULT_BASELINE_DAYS, DEFAULT_DAYS_BEFORE, DEFAULT_DAYS_AFTER);
    }
}
