package org.backclass.domain.progress.progression;

/**
 * A site's settings for progression proposals. The defaults are the published numbers of the
 * pain-monitoring model (pain 0–2 green, 3–5 amber, above 5 red) plus cautious limits of our own;
 * every one can be changed per site because clinics apply the model with different margins.
 *
 * @param greenMax                     highest pain score (0–10) that is still green
 * @param amberMax                     highest pain score that is still amber; anything above is red
 * @param minSessionsAtLevelToProgress sessions a member does at a level (counting the current
 *                                     one) before a harder level is proposed, so one good day
 *                                     is not mistaken for tolerance
 * @param maxEffortToProgress          highest effort (Borg CR10, 0–10) at which a harder level
 *                                     is still proposed; above it the level is not yet routine
 * @param requireCompletedDose         whether only a fully completed dose counts towards
 *                                     progress; when false, a partly done dose counts too
 */
public record ProgressionRules(int greenMax, int amberMax, int minSessionsAtLevelToProgress,
        int maxEffortToProgress, boolean requireCompletedDose) {

    /** Pain 0–2 is green in the pain-monitoring model. */
    public static final int DEFAULT_GREEN_MAX = 2;
    /** Pain 3–5 is amber in the pain-monitoring model; above 5 is red. */
    public static final int DEFAULT_AMBER_MAX = 5;
    /** Two sessions at a level: a second good session shows the first was not luck. */
    public static final int DEFAULT_MIN_SESSIONS_AT_LEVEL = 2;
    /** Borg CR10 6 is still "hard"; 7 and above is "very hard", so the level is not routine yet. */
    public static final int DEFAULT_MAX_EFFORT = 6;

    public ProgressionRules {
        if (greenMax < 0 || greenMax >= amberMax) {
            throw new IllegalArgumentException("greenMax must be 0 or more and below amberMax, was greenMax "
                    + greenMax + ", amberMax " + amberMax);
        }
        if (amberMax > 9) {
            // At 10 no score could ever be red, and red pain is the rule that must always be reachable.
            throw new IllegalArgumentException("amberMax must be 9 or less so that red pain exists, was " + amberMax);
        }
        if (minSessionsAtLevelToProgress < 1) {
            throw new IllegalArgumentException("minSessionsAtLevelToProgress must be 1 or more, was "
                    + minSessionsAtLevelToProgress);
        }
        if (maxEffortToProgress < 0 || maxEffortToProgress > 10) {
            throw new IllegalArgumentException("maxEffortToProgress must be 0..10 (Borg CR10), was "
                    + maxEffortToProgress);
        }
    }

    /** The published pain-monitoring thresholds with our default limits. */
    public static ProgressionRules defaults() {
        return new ProgressionRules(DEFAULT_GREEN_MAX, DEFAULT_AMBER_MAX, DEFAULT_MIN_SESSIONS_AT_LEVEL,
                DEFAULT_MAX_EFFORT, true);
    }

    /**
     * The zone of one pain score under these thresholds.
     *
     * @throws IllegalArgumentException when the score is outside 0–10
     */
    public PainZone zoneOf(int pain) {
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain must be 0..10, was " + pain);
        }
        return pain <= greenMax ? PainZone.GREEN : pain <= amberMax ? PainZone.AMBER : PainZone.RED;
    }
}
