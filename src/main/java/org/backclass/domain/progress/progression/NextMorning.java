package org.backclass.domain.progress.progression;

import java.util.Optional;

/**
 * How the back felt the morning after a session compared with before it. In the pain-monitoring
 * model this next-day response decides more than the pain during the session: a back that is
 * worse the next morning was overloaded, even if the session itself felt fine.
 */
public enum NextMorning {
    /** Less pain than before the session. */
    BETTER,
    /** The same pain as before the session. */
    SAME,
    /** More pain than before the session. */
    WORSE;

    /**
     * The response from two 0–10 scores: the pain at tap-in before the session and the pain the
     * next morning. Any rise counts as worse, with no allowance for noise: the model asks whether
     * pain is higher than before, and the instructor can still override a proposal built on it.
     *
     * @param painBefore   pain at tap-in before the session, or null when it was not asked
     * @param morningScore pain the next morning, or null when it is not known yet
     * @return the response, or empty when either score is unknown
     * @throws IllegalArgumentException when a score is outside 0–10
     */
    public static Optional<NextMorning> fromScores(Integer painBefore, Integer morningScore) {
        checkScore(painBefore, "painBefore");
        checkScore(morningScore, "morningScore");
        if (painBefore == null || morningScore == null) {
            return Optional.empty();
        }
        int change = Integer.compare(morningScore, painBefore);
        return Optional.of(change > 0 ? WORSE : change == 0 ? SAME : BETTER);
    }

    private static void checkScore(Integer score, String name) {
        if (score != null && (score < 0 || score > 10)) {
            throw new IllegalArgumentException(name + " must be 0..10, was " + score);
        }
    }
}
