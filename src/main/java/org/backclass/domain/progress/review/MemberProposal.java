package org.backclass.domain.progress.review;

import java.util.Objects;
import java.util.UUID;
import org.backclass.domain.progress.progression.Proposal;

/**
 * The engine's proposal for one member and one exercise of a class session, waiting for the
 * instructor's decision.
 *
 * @param shortName first name and initial, for the instructor's screen
 * @param maxLevel  the exercise's hardest level: the instructor may choose any of 1..maxLevel
 */
public record MemberProposal(UUID memberId, String shortName, UUID classSessionId, int maxLevel,
        Proposal proposal) {

    public MemberProposal {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(classSessionId, "classSessionId");
        Objects.requireNonNull(proposal, "proposal");
        if (maxLevel < 1 || proposal.fromLevel() > maxLevel || proposal.toLevel() > maxLevel) {
            throw new IllegalArgumentException("levels beyond maxLevel " + maxLevel + ": " + proposal);
        }
    }

    /** The exercise the proposal is for. */
    public String exerciseId() {
        return proposal.exerciseId();
    }
}
