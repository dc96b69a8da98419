package org.backclass.domain.progress.mine;

import java.util.List;
import java.util.Objects;

/**
 * Whether a member's back pain has changed enough to matter to them: the minimal important
 * change (MIC) of the 0–10 pain scale, by default a change of 2 points or of 30 % of the
 * baseline, whichever is reached first. Pure and immutable.
 *
 * <p>The rule, in one place:
 * <ul>
 *   <li><b>Baseline</b>: the first check-in answer of the course.</li>
 *   <li><b>Recent</b>: the mean of the last two check-in answers after the baseline (the only
 *       one when there is just one). Two rather than one, so a single bad or good day does not
 *       flip the message; only two, so the message follows the member as they improve.</li>
 *   <li><b>Meaningful</b>: the change reaches {@link #points()}, or it reaches
 *       {@link #percent()} % of the baseline and is at least one whole point (with a low
 *       baseline the percentage alone would make half a point count). The same rule in both
 *       directions. A baseline of 0 can only get worse, and only by the points rule.</li>
 *   <li><b>Too few answers</b>: fewer than two check-in answers — nothing to compare yet.</li>
 * </ul>
 *
 * @param points  the change in points that always counts, 1–10
 * @param percent the change in percent of the baseline that counts, 1–100
 */
public record MinimalImportantChange(int points, int percent) {

    public static final int DEFAULT_POINTS = 2;
    public static final int DEFAULT_PERCENT = 30;

    public MinimalImportantChange {
        if (points < 1 || points > 10) {
            throw new IllegalArgumentException("the minimal important change is 1-10 points, was " + points);
        }
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("the minimal important change is 1-100 %, was " + percent);
        }
    }

    public static MinimalImportantChange defaults() {
        return new MinimalImportantChange(DEFAULT_POINTS, DEFAULT_PERCENT);
    }

    /**
     * Compares the course's check-in answers, oldest first (one per session), with the rule above.
     *
     * @throws IllegalArgumentException for a score outside 0–10
     */
    public PainChange assess(List<Integer> checkInPains) {
        Objects.requireNonNull(checkInPains, "checkInPains");
        for (Integer score : checkInPains) {
            if (score == null || score < 0 || score > 10) {
                throw new IllegalArgumentException("pain scores are 0-10, was " + score);
            }
        }
        int n = checkInPains.size();
        if (n < 2) {
            return PainChange.tooFew(n, n == 0 ? null : checkInPains.getFirst());
        }
        int baseline = checkInPains.getFirst();
        // Everything in halves, so the mean of two answers stays a whole number and no rounding decides.
        int recentHalves = n == 2 ? 2 * checkInPains.get(1) : checkInPains.get(n - 2) + checkInPains.get(n - 1);
        int dropHalves = 2 * baseline - recentHalves;
        int sizeHalves = Math.abs(dropHalves);
        boolean byPoints = sizeHalves >= 2 * points;
        boolean byPercent = sizeHalves >= 2 && baseline > 0 && 100 * sizeHalves >= 2 * percent * baseline;
        PainChange.Kind kind = !(byPoints || byPercent) ? PainChange.Kind.NO_MEANINGFUL_CHANGE
                : dropHalves > 0 ? PainChange.Kind.IMPROVED : PainChange.Kind.WORSE;
        return new PainChange(kind, n, baseline, recentHalves / 2.0);
    }
}
