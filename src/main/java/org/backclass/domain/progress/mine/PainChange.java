package org.backclass.domain.progress.mine;

/**
 * How a member's back pain has changed over their course, judged by
 * {@link MinimalImportantChange#assess}.
 *
 * @param kind     improved, worse, no meaningful change, or too few answers to say
 * @param answers  check-in answers in the course
 * @param baseline the first check-in answer of the course; null without any
 * @param recent   the mean of the last two answers after the baseline; null with fewer than two
 *                 answers
 */
public record PainChange(Kind kind, int answers, Integer baseline, Double recent) {

    /** The verdict. */
    public enum Kind { IMPROVED, WORSE, NO_MEANINGFUL_CHANGE, TOO_FEW_ANSWERS }

    public PainChange {
        if (kind == null || answers < 0) {
            throw new IllegalArgumentException("a pain change needs a kind and a count of answers");
        }
        if ((kind == Kind.TOO_FEW_ANSWERS) != (recent == null)) {
            throw new IllegalArgumentException("recent is known exactly when there are enough answers");
        }
    }

    static PainChange tooFew(int answers, Integer baseline) {
        return new PainChange(Kind.TOO_FEW_ANSWERS, answers, baseline, null);
    }

    /** Points the pain went down since the baseline (negative: up); 0 with too few answers. */
    public double pointsLower() {
        return recent == null ? 0 : baseline - recent;
    }
}
