package org.backclass.domain.progress;

import org.backclass.domain.staff.ActedBy;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.backclass.domain.progress.progression.Proposal;
import org.backclass.domain.progress.progression.Reason;

/**
 * One decision on a progression proposal, as kept in a member's level history: what was
 * proposed and why, what the instructor decided, and the level that resulted.
 *
 * @param classSessionId the class whose proposal this was; null outside a class
 * @param proposedLevel  the level the engine proposed (the same as {@code fromLevel} for a hold)
 * @param reason         the engine's reason code for the proposal
 * @param fromLevel      the level the member was on
 * @param resultingLevel the level decided: the proposed one when confirmed, the instructor's
 *                       choice when changed, null when rejected (the member stays on
 *                       {@code fromLevel})
 */
public record LevelChange(UUID memberId, String exerciseId, UUID classSessionId, Proposal.Kind proposedKind,
        int proposedLevel, Reason reason, LevelDecision decision, int fromLevel, Integer resultingLevel,
        ActedBy decidedBy, Instant decidedAt) {

    public LevelChange {
        Objects.requireNonNull(memberId, "memberId");
        if (exerciseId == null || exerciseId.isBlank()) {
            throw new IllegalArgumentException("exerciseId must not be blank");
        }
        Objects.requireNonNull(proposedKind, "proposedKind");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        checkLevel(proposedLevel, "proposedLevel");
        checkLevel(fromLevel, "fromLevel");
        if ((decision == LevelDecision.REJECTED) != (resultingLevel == null)) {
            throw new IllegalArgumentException("a rejected proposal has no resulting level, any other decision has one");
        }
        if (resultingLevel != null) {
            checkLevel(resultingLevel, "resultingLevel");
        }
        if (decision == LevelDecision.CONFIRMED && resultingLevel != proposedLevel) {
            throw new IllegalArgumentException("a confirmed proposal results in the proposed level " + proposedLevel
                    + ", was " + resultingLevel);
        }
    }

    /**
     * The decision on a proposal.
     *
     * @param changedTo the instructor's level for {@link LevelDecision#CHANGED}; ignored otherwise
     */
    public static LevelChange decide(UUID memberId, UUID classSessionId, Proposal proposal, LevelDecision decision,
            Integer changedTo, ActedBy by, Instant at) {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(decision, "decision");
        Integer resulting = switch (decision) {
            case CONFIRMED -> proposal.toLevel();
            case CHANGED -> Objects.requireNonNull(changedTo, "changedTo");
            case REJECTED -> null;
        };
        return new LevelChange(memberId, proposal.exerciseId(), classSessionId, proposal.kind(), proposal.toLevel(),
                proposal.reason(), decision, proposal.fromLevel(), resulting, by, at);
    }

    /**
     * True when this decision sets a new level: confirmed or changed to a level other than the
     * one the member was on. Only such a decision changes the level a member starts at next and
     * starts a new count of sessions at a level; a rejection or a confirmed hold changes nothing.
     */
    public boolean movesLevel() {
        return resultingLevel != null && resultingLevel != fromLevel;
    }

    private static void checkLevel(int level, String name) {
        if (level < 1 || level > 10) {
            throw new IllegalArgumentException(name + " must be 1-10, was " + level);
        }
    }
}
