package org.backclass.domain.progress.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.backclass.domain.progress.Completion;
import org.junit.jupiter.api.Test;

/** What the engine says besides the decision: explanations, batches, the morning after. */
class ProgressionEngineTest {

    private final ProgressionEngine engine = new ProgressionEngine();

    private static ProgressionInput input(String exercise, int level, Integer during, Integer after,
            NextMorning morning) {
        return new ProgressionInput(exercise, level, 4, 2, during, after, morning, Completion.COMPLETED, 4, 3, false);
    }

    @Test
    void proposesForEveryInputInTheSameOrder() {
        // given
        List<ProgressionInput> class1 = List.of(input("bird-dog", 2, 1, 1, null), input("side-plank", 2, 8, 6, null),
                input("glute-bridge", 2, 4, 4, null));
        // when
        List<Proposal> proposals = engine.proposeAll(class1);
        // then
        assertThat(proposals).extracting(Proposal::exerciseId).containsExactly("bird-dog", "side-plank", "glute-bridge");
        assertThat(proposals).extracting(Proposal::kind)
                .containsExactly(Proposal.Kind.PROGRESS, Proposal.Kind.REGRESS, Proposal.Kind.HOLD);
        assertThat(engine.proposeAll(List.of())).isEmpty();
    }

    @Test
    void amberPainIsDecidedAgainOnceTheMorningIsKnown() {
        // given amber pain in the evening
        ProgressionInput evening = input("bird-dog", 2, 4, 5, null);
        assertThat(engine.propose(evening).reason()).isEqualTo(Reason.PAIN_AMBER_WAIT_FOR_MORNING);
        // then the morning decides
        assertThat(engine.propose(evening.withNextMorning(NextMorning.BETTER)).kind()).isEqualTo(Proposal.Kind.PROGRESS);
        assertThat(engine.propose(evening.withNextMorning(NextMorning.SAME)).kind()).isEqualTo(Proposal.Kind.PROGRESS);
        assertThat(engine.propose(evening.withNextMorning(NextMorning.WORSE)).kind()).isEqualTo(Proposal.Kind.REGRESS);
    }

    @Test
    void explanationsNameTheSitesThresholdsButNotTheMembersScores() {
        // given a site with amber 2-4
        var strict = new ProgressionEngine(new ProgressionRules(1, 4, 3, 5, true));
        // when
        String amber = strict.propose(input("bird-dog", 2, 3, 3, null)).explanation();
        String red = engine.propose(input("bird-dog", 2, 8, 7, null)).explanation();
        // then
        assertThat(amber).startsWith("Pain was 2–4 (amber)").doesNotContain("3");
        assertThat(red).isEqualTo("Pain during or after was above 5 (red): go one level easier.")
                .doesNotContain("8", "7");
    }

    @Test
    void aHoldAtEitherEndStillSaysWhatWantedTheChange() {
        Proposal bottom = engine.propose(input("bird-dog", 1, 7, 7, null));
        Proposal top = engine.propose(input("bird-dog", 4, 1, 1, NextMorning.SAME));

        assertThat(bottom.reason()).isEqualTo(Reason.AT_BOTTOM_LEVEL);
        assertThat(bottom.explanation()).contains("(red)", "easiest level", "instructor");
        assertThat(top.reason()).isEqualTo(Reason.AT_TOP_LEVEL);
        assertThat(top.explanation()).contains("(green)", "hardest level");
    }

    @Test
    void everyDecidedReasonHasItsOwnExplanation() {
        Map<Reason, String> explanations = new EnumMap<>(Reason.class);
        for (int level = 1; level <= 4; level++) {
            for (Integer pain : new Integer[] {null, 0, 4, 7}) {
                for (NextMorning morning : new NextMorning[] {null, NextMorning.SAME, NextMorning.WORSE}) {
                    for (Completion dose : Completion.values()) {
                        for (int sessions = 1; sessions <= 2; sessions++) {
                            for (boolean flag : new boolean[] {false, true}) {
                                for (Integer effort : new Integer[] {3, 9}) {
                                    Proposal p = engine.propose(new ProgressionInput("plank", level, 4, 2, pain, pain,
                                            morning, dose, effort, sessions, flag));
                                    explanations.putIfAbsent(p.reason(), p.explanation());
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(explanations).containsOnlyKeys(Reason.values());
        assertThat(explanations.values()).doesNotHaveDuplicates().allSatisfy(text -> assertThat(text).endsWith("."));
    }
}
