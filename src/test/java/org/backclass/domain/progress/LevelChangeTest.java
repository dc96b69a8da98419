package org.backclass.domain.progress;

import org.backclass.domain.staff.ActedBy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.backclass.domain.progress.progression.Proposal;
import org.backclass.domain.progress.progression.Reason;
import org.junit.jupiter.api.Test;

class LevelChangeTest {

    private static final UUID ANNA = UUID.randomUUID();
    private static final Instant NOW = Instant.parse("2026-11-24T18:05:00Z");
    private static final Proposal UP = new Proposal("bird-dog", Proposal.Kind.PROGRESS, 2, 3,
            Reason.GREEN_AND_ROUTINE, "green");

    @Test
    void eachDecisionResultsInItsLevel() {
        LevelChange confirmed = LevelChange.decide(ANNA, null, UP, LevelDecision.CONFIRMED, 1, ActedBy.PIN, NOW);
        LevelChange changed = LevelChange.decide(ANNA, null, UP, LevelDecision.CHANGED, 1, ActedBy.PIN, NOW);
        LevelChange rejected = LevelChange.decide(ANNA, null, UP, LevelDecision.REJECTED, 1, ActedBy.PIN, NOW);

        assertThat(confirmed.resultingLevel()).as("the instructor's level only counts for a change").isEqualTo(3);
        assertThat(changed.resultingLevel()).isEqualTo(1);
        assertThat(rejected.resultingLevel()).isNull();
        assertThat(confirmed.movesLevel()).isTrue();
        assertThat(changed.movesLevel()).isTrue();
        assertThat(rejected.movesLevel()).isFalse();
        assertThat(LevelChange.decide(ANNA, null, UP, LevelDecision.CHANGED, 2, ActedBy.PIN, NOW).movesLevel())
                .as("changed back to where she was").isFalse();
        assertThat(confirmed).extracting(LevelChange::proposedKind, LevelChange::proposedLevel, LevelChange::reason,
                LevelChange::fromLevel).containsExactly(Proposal.Kind.PROGRESS, 3, Reason.GREEN_AND_ROUTINE, 2);
    }

    @Test
    void inconsistentDecisionsAreRefused() {
        assertThatThrownBy(() -> new LevelChange(ANNA, "bird-dog", null, Proposal.Kind.PROGRESS, 3,
                Reason.GREEN_AND_ROUTINE, LevelDecision.CONFIRMED, 2, 4, ActedBy.PIN, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LevelChange(ANNA, "bird-dog", null, Proposal.Kind.PROGRESS, 3,
                Reason.GREEN_AND_ROUTINE, LevelDecision.REJECTED, 2, 2, ActedBy.PIN, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LevelChange(ANNA, "bird-dog", null, Proposal.Kind.PROGRESS, 3,
                Reason.GREEN_AND_ROUTINE, LevelDecision.CHANGED, 2, null, ActedBy.PIN, NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LevelChange.decide(ANNA, null, UP, LevelDecision.CHANGED, null, ActedBy.PIN, NOW))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void whoDecidedIsAStaffMemberOrALabelAndReadsBackFromItsStoredForm() {
        UUID eva = UUID.randomUUID();

        assertThat(ActedBy.fromStored(ActedBy.staffCard(eva).stored())).isEqualTo(ActedBy.staffCard(eva));
        assertThat(ActedBy.fromStored("PIN")).isEqualTo(ActedBy.PIN);
        assertThat(ActedBy.PIN.staffMemberId()).isNull();
        assertThatThrownBy(() -> new ActedBy(eva, "PIN")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActedBy(null, "pin; drop")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ActedBy.fromStored("not an id")).isInstanceOf(IllegalArgumentException.class);
    }
}
