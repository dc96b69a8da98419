package org.backclass.domain.progress.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class ProposalTest {

    @Test
    void everyReasonBelongsToOneKind() {
        assertThat(Reason.RED_FLAG_OPEN.kind()).isEqualTo(Proposal.Kind.HOLD);
        assertThat(Reason.PAIN_RED.kind()).isEqualTo(Proposal.Kind.REGRESS);
        assertThat(Reason.NEXT_MORNING_WORSE.kind()).isEqualTo(Proposal.Kind.REGRESS);
        assertThat(Reason.GREEN_AND_ROUTINE.kind()).isEqualTo(Proposal.Kind.PROGRESS);
        assertThat(Reason.PAIN_AMBER_SETTLED.kind()).isEqualTo(Proposal.Kind.PROGRESS);
        assertThat(Reason.AT_TOP_LEVEL.kind()).isEqualTo(Proposal.Kind.HOLD);
        assertThat(Reason.AT_BOTTOM_LEVEL.kind()).isEqualTo(Proposal.Kind.HOLD);
    }

    @Test
    void refusesALevelChangeThatDoesNotMatchItsKind() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Proposal("plank", Proposal.Kind.PROGRESS, 2, 4, Reason.GREEN_AND_ROUTINE, "x"))
                .withMessage("PROGRESS moves 1 level(s), was 2 → 4");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Proposal("plank", Proposal.Kind.HOLD, 2, 1, Reason.TOO_FEW_SESSIONS, "x"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Proposal("plank", Proposal.Kind.REGRESS, 1, 0, Reason.PAIN_RED, "x"))
                .withMessage("levels start at 1, was 1 → 0");
    }

    @Test
    void refusesAReasonOfAnotherKindAndAMissingExplanation() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Proposal("plank", Proposal.Kind.HOLD, 2, 2, Reason.PAIN_RED, "x"))
                .withMessage("PAIN_RED leads to REGRESS, not HOLD");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new Proposal("plank", Proposal.Kind.HOLD, 2, 2, Reason.TOO_FEW_SESSIONS, " "))
                .withMessage("a proposal explains itself");
    }
}
