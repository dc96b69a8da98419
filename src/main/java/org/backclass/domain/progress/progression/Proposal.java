package org.backclass.domain.progress.progression;

import java.util.Objects;

/**
 * The engine's proposal for one member and one exercise, for the instructor to confirm or
 * override: the level now, the level proposed, and why.
 *
 * @param exerciseId  the exercise the proposal is for
 * @param kind        one level harder, the same level, or one level easier
 * @param fromLevel   the level the member is on now
 * @param toLevel     the proposed level: one above, the same, or one below {@code fromLevel}
 * @param reason      the stable code of the rule that decided
 * @param explanation one short English sentence for logs and the API; screens translate
 *                    {@code reason} instead. It names thresholds, never the member's own scores,
 *                    so that a log line carries no more health data than the code does.
 */
public record Proposal(String exerciseId, Kind kind, int fromLevel, int toLevel, Reason reason, String explanation) {

    /** The direction of a proposal. */
    public enum Kind {
        /** One level harder. */
        PROGRESS,
        /** Stay on the same level. */
        HOLD,
        /** One level easier. */
        REGRESS
    }

    public Proposal {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        if (explanation == null || explanation.isBlank()) {
            throw new IllegalArgumentException("a proposal explains itself");
        }
        if (fromLevel < 1 || toLevel < 1) {
            throw new IllegalArgumentException("levels start at 1, was " + fromLevel + " → " + toLevel);
        }
        int step = switch (kind) {
            case PROGRESS -> 1;
            case HOLD -> 0;
            case REGRESS -> -1;
        };
        if (toLevel - fromLevel != step) {
            throw new IllegalArgumentException(kind + " moves " + step + " level(s), was " + fromLevel + " → " + toLevel);
        }
        if (reason.kind() != kind) {
            throw new IllegalArgumentException(reason + " leads to " + reason.kind() + ", not " + kind);
        }
    }
}
