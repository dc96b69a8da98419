package org.backclass.domain.progress.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.progress.progression.NextMorning;
import org.backclass.domain.progress.progression.ProgressionEngine;
import org.backclass.domain.progress.progression.ProgressionInput;
import org.backclass.domain.progress.progression.Reason;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pure part of {@link ProposalService}: from a session's facts to the engine's inputs and proposals. */
class ProposalsFromFactsTest {

    private static final UUID ANNA = UUID.randomUUID();
    private static final UUID SESSION = UUID.randomUUID();
    private static final ReviewableSession CLASS = new ReviewableSession(SESSION, "Back Basics",
            Instant.parse("2026-11-24T17:00:00Z"), Instant.parse("2026-11-24T18:00:00Z"), null);
    private static ExerciseCatalogue catalogue;

    @BeforeAll
    static void loadCatalogue() {
        catalogue = ContentLoader.load(Path.of("kiosk-config")).catalogue();
    }

    private static SessionReview.Attendee anna(Integer before, Integer after, Integer effort, Integer morning,
            SessionReview.Done... done) {
        return new SessionReview.Attendee(ANNA, "Anna K.", false, before, after, effort, morning, false, List.of(done));
    }

    @Test
    void theInputCarriesTheAnswersAndDerivesTheMorningFromThePainBefore() {
        SessionReview.Done done = new SessionReview.Done("bird-dog", 2, Completion.PARTIAL, 3);

        ProgressionInput in = ProposalService.input(anna(3, 4, 6, 5, done), done, 4);

        assertThat(in.painBefore()).isEqualTo(3);
        assertThat(in.painDuring()).as("not asked").isNull();
        assertThat(in.painAfter()).isEqualTo(4);
        assertThat(in.effort()).isEqualTo(6);
        assertThat(in.nextMorning()).isEqualTo(NextMorning.WORSE);
        assertThat(in.completion()).isEqualTo(Completion.PARTIAL);
        assertThat(in.sessionsAtLevel()).isEqualTo(3);
        assertThat(in.maxLevel()).isEqualTo(4);
        assertThat(ProposalService.input(anna(null, 4, 6, 5, done), done, 4).nextMorning())
                .as("no pain before: nothing to compare with").isNull();
    }

    @Test
    void aSkippedRecordWithNoOthersStillCountsAsThisSession() {
        SessionReview.Done skipped = new SessionReview.Done("bird-dog", 2, Completion.SKIPPED, 0);

        List<MemberProposal> out = ProposalService.propose(new SessionReview(CLASS, List.of(anna(1, 1, 2, null,
                skipped))), Set.of(), Set.of(), catalogue, new ProgressionEngine());

        assertThat(out).singleElement().satisfies(p -> assertThat(p.proposal().reason())
                .isEqualTo(Reason.EXERCISE_SKIPPED));
    }

    @Test
    void decidedFixedUnknownAndOutOfRangeExercisesAreLeftOut() {
        SessionReview review = new SessionReview(CLASS, List.of(anna(1, 1, 2, null,
                new SessionReview.Done("bird-dog", 2, Completion.COMPLETED, 2),
                new SessionReview.Done("marching", 2, Completion.COMPLETED, 2),
                new SessionReview.Done("no-such-exercise", 1, Completion.COMPLETED, 2),
                new SessionReview.Done("cat-cow", 4, Completion.COMPLETED, 2), // cat-cow has 3 levels
                new SessionReview.Done("dead-bug", 1, Completion.COMPLETED, 2))));

        List<MemberProposal> out = ProposalService.propose(review, Set.of(ProposalService.key(ANNA, "dead-bug")),
                Set.of("marching"), catalogue, new ProgressionEngine());

        assertThat(out).extracting(MemberProposal::exerciseId).containsExactly("bird-dog");
        assertThat(out.getFirst().classSessionId()).isEqualTo(SESSION);
    }

    @Test
    void anExerciseIsFixedOnlyWhenTheProgrammeNeverLetsMembersDoItAtTheirOwnLevel() {
        var starter = ContentLoader.load(Path.of("kiosk-config")).programmes().stream()
                .filter(p -> p.id().equals("starter-routine")).findFirst();

        assertThat(ProposalService.fixedLevelExercises(starter))
                .contains("marching", "knee-to-chest", "childs-pose").doesNotContain("bird-dog", "cat-cow");
        assertThat(ProposalService.fixedLevelExercises(Optional.empty())).isEmpty();
    }

    @Test
    void withheldHealthDataCannotBeCarried() {
        assertThatThrownBy(() -> new SessionReview.Attendee(ANNA, "Anna K.", true, 3, null, null, null, false,
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionReview.Attendee(ANNA, "Anna K.", true, null, null, null, null, true,
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
