package org.backclass.ui.instructor;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;
import org.backclass.domain.progress.progression.Proposal;
import org.backclass.domain.progress.review.MemberProposal;

/**
 * One proposal on the "Review levels" screen, with its texts in the kiosk's language and where its
 * decision stands. Immutable: the ViewModel replaces a row when its state changes.
 *
 * @param exercise the exercise's name from the catalogue
 * @param change   "level 2 → 3", or "stays at level 2" for a hold
 * @param reason   why, translated from the engine's reason code
 * @param outcome  the decision in words once made ("Confirmed: level 3"), "Saving…" while it is
 *                 stored; empty while open
 */
public record ReviewRow(MemberProposal proposal, String exercise, String change, String reason, Status status,
        String outcome) {

    /** Where the decision on this proposal stands. */
    public enum Status {
        /** Waiting for Confirm, Change or Reject. */
        OPEN,
        /** "Change" was tapped: the level buttons are shown. */
        CHOOSING_LEVEL,
        /** The decision is being stored. */
        SAVING,
        CONFIRMED,
        CHANGED,
        REJECTED,
        /** Someone (another kiosk) decided it first; that decision stands. */
        DECIDED_ELSEWHERE
    }

    public ReviewRow {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Identifies the row: one proposal per member and exercise. */
    public String key() {
        return proposal.memberId() + "/" + proposal.exerciseId();
    }

    public String shortName() {
        return proposal.shortName();
    }

    /** True while a decision can still be made: open, or choosing a level. */
    public boolean decidable() {
        return status == Status.OPEN || status == Status.CHOOSING_LEVEL;
    }

    /** True for a proposal to stay on the same level. */
    public boolean hold() {
        return proposal.proposal().kind() == Proposal.Kind.HOLD;
    }

    /** The levels the instructor can choose from on "Change": 1 to the exercise's hardest. */
    public List<Integer> levels() {
        return IntStream.rangeClosed(1, proposal.maxLevel()).boxed().toList();
    }

    ReviewRow with(Status next, String text) {
        return new ReviewRow(proposal, exercise, change, reason, next, text);
    }
}
