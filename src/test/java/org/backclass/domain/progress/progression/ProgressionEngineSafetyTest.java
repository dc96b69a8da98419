package org.backclass.domain.progress.progression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.backclass.domain.progress.Completion;
import org.junit.jupiter.api.Test;

/**
 * Safety properties checked over every combination of small input domains (all pain scores,
 * unknown answers included), for the default site and two others: the table of scenarios shows
 * the rules work, these show no combination slips past them.
 */
class ProgressionEngineSafetyTest {

    private static final List<ProgressionRules> SITES = List.of(ProgressionRules.defaults(),
            new ProgressionRules(1, 4, 3, 5, true), new ProgressionRules(3, 6, 1, 7, false),
            new ProgressionRules(0, 9, 1, 10, false));
    private static final List<Integer> SCORES = withUnknown(IntStream.rangeClosed(0, 10).boxed().toList());
    private static final List<Integer> EFFORTS = withUnknown(List.of(0, 5, 6, 7, 10));
    private static final List<NextMorning> MORNINGS = withUnknown(Arrays.asList(NextMorning.values()));

    @Test
    void neverProgressesOnRedPainAWorseMorningOrAnOpenRedFlag() {
        List<String> violations = new ArrayList<>();
        forEveryCase((rules, in, proposal) -> {
            if (proposal.kind() != Proposal.Kind.PROGRESS) {
                return;
            }
            if (isRed(rules, in.painDuring()) || isRed(rules, in.painAfter())) {
                violations.add("red pain: " + in);
            }
            if (in.nextMorning() == NextMorning.WORSE) {
                violations.add("worse morning: " + in);
            }
            if (in.openRedFlag()) {
                violations.add("red flag: " + in);
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void progressNeedsAKnownPainAnswerTheDoseEnoughSessionsAndAnAcceptableEffort() {
        List<String> violations = new ArrayList<>();
        forEveryCase((rules, in, proposal) -> {
            boolean doseCounts = in.completion() == Completion.COMPLETED
                    || in.completion() == Completion.PARTIAL && !rules.requireCompletedDose();
            boolean ready = (in.painDuring() != null || in.painAfter() != null) && doseCounts
                    && in.sessionsAtLevel() >= rules.minSessionsAtLevelToProgress()
                    && (in.effort() == null || in.effort() <= rules.maxEffortToProgress());
            if (proposal.kind() == Proposal.Kind.PROGRESS && !ready) {
                violations.add(proposal.reason() + ": " + in);
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void goesEasierOnlyForRedPainOrAWorseMorningAndNeverWithAnOpenRedFlag() {
        List<String> violations = new ArrayList<>();
        forEveryCase((rules, in, proposal) -> {
            boolean overloaded = isRed(rules, in.painDuring()) || isRed(rules, in.painAfter())
                    || in.nextMorning() == NextMorning.WORSE;
            if (proposal.kind() == Proposal.Kind.REGRESS && (!overloaded || in.openRedFlag())) {
                violations.add(proposal.reason() + ": " + in);
            }
            if (overloaded && !in.openRedFlag() && proposal.kind() == Proposal.Kind.HOLD
                    && proposal.reason() != Reason.AT_BOTTOM_LEVEL) {
                violations.add("overload held with " + proposal.reason() + ": " + in);
            }
        });
        assertThat(violations).isEmpty();
    }

    @Test
    void staysWithinTheExerciseAndMovesAtMostOneLevel() {
        List<String> violations = new ArrayList<>();
        forEveryCase((rules, in, proposal) -> {
            if (proposal.fromLevel() != in.currentLevel() || proposal.toLevel() < 1
                    || proposal.toLevel() > in.maxLevel() || Math.abs(proposal.toLevel() - proposal.fromLevel()) > 1
                    || !proposal.exerciseId().equals(in.exerciseId())) {
                violations.add(proposal + " for " + in);
            }
        });
        assertThat(violations).isEmpty();
    }

    private interface Check {
        void accept(ProgressionRules rules, ProgressionInput in, Proposal proposal);
    }

    /** Runs {@code check} on every combination: about 250,000 inputs for each site. */
    private static void forEveryCase(Check check) {
        for (ProgressionRules rules : SITES) {
            ProgressionEngine engine = new ProgressionEngine(rules);
            forEveryInput(in -> check.accept(rules, in, engine.propose(in)));
        }
    }

    private static void forEveryInput(Consumer<ProgressionInput> action) {
        for (int level = 1; level <= 4; level++) {
            for (Integer during : SCORES) {
                for (Integer after : SCORES) {
                    for (NextMorning morning : MORNINGS) {
                        for (Completion dose : Completion.values()) {
                            for (Integer effort : EFFORTS) {
                                for (int sessions = 1; sessions <= 3; sessions++) {
                                    for (boolean flag : new boolean[] {false, true}) {
                                        action.accept(new ProgressionInput("glute-bridge", level, 4, 3, during, after,
                                                morning, dose, effort, sessions, flag));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean isRed(ProgressionRules rules, Integer pain) {
        return pain != null && pain > rules.amberMax();
    }

    private static <T> List<T> withUnknown(List<T> values) {
        List<T> all = new ArrayList<>(values);
        all.add(null);
        return all;
    }
}
