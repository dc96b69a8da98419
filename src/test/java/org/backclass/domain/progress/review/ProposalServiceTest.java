package org.backclass.domain.progress.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.consent.NoConsentException;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.staff.ActedBy;
import org.backclass.domain.progress.ExercisePerformed;
import org.backclass.domain.progress.LevelChange;
import org.backclass.domain.progress.LevelDecision;
import org.backclass.domain.progress.progression.ProgressionEngine;
import org.backclass.domain.progress.progression.Proposal;
import org.backclass.domain.progress.progression.Reason;
import org.backclass.store.JdbcClassFeedbackStore;
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcLevelDecisions;
import org.backclass.store.JdbcSessionReviewQueries;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proposals built from what a real SQLite file holds after a class: check-in pain, the "how was
 * it?" answers, the morning after, sessions at a level, red flags and consent; and decisions.
 */
class ProposalServiceTest {

    /** Tuesday 24 November 2026, 18:00 in Berlin. */
    private static final Instant CLASS = ZonedDateTime.of(2026, 11, 24, 18, 0, 0, 0, TestGym.ZONE).toInstant();
    private static final String ANNAS_CARD = "04A3C6CAE26180";
    private static final String KATRINS_CARD = "0455667788AA80";
    private static Content content;

    @TempDir
    Path dir;
    private TestGym gym;
    private JdbcClassResults results;
    private JdbcClassFeedbackStore feedback;
    private JdbcLevelDecisions decisions;
    private ProposalService service;
    private Member anna;
    private Member katrin;

    @BeforeAll
    static void loadContent() {
        content = ContentLoader.load(Path.of("kiosk-config"));
    }

    @AfterAll
    static void forgetContent() {
        content = null;
    }

    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, CLASS.minus(Duration.ofMinutes(5)));
        results = new JdbcClassResults(gym.db);
        feedback = new JdbcClassFeedbackStore(gym.db, gym.clock);
        decisions = new JdbcLevelDecisions(gym.db);
        service = new ProposalService(new JdbcSessionReviewQueries(gym.db), decisions, content.catalogue(),
                id -> content.programmes().stream().filter(p -> p.id().equals(id)).findFirst(),
                new ProgressionEngine(), gym.clock);
        anna = gym.memberWithCard("Anna", "Keller", ANNAS_CARD);
        katrin = gym.memberWithoutConsent("Katrin", "Fischer", KATRINS_CARD);
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    /** Anna did bird-dog at level 2 in a routine {@code daysAgo} days before the class. */
    private void earlierBirdDog(int daysAgo, int level) {
        results.recordRoutine(CLASS.minus(Duration.ofDays(daysAgo)),
                List.of(new ExercisePerformed(anna.id(), "bird-dog", level, Completion.COMPLETED)));
    }

    /** The class at {@link #CLASS}: Anna taps in with this pain (null: skipped) and does these exercises. */
    private UUID annasClass(Integer painBefore, ExercisePerformed... done) {
        UUID session = gym.classAt("Back Basics", CLASS);
        CheckInOutcome.CheckedIn in = (CheckInOutcome.CheckedIn) gym.tap(ANNAS_CARD);
        if (painBefore != null) {
            gym.painReports.reportAtCheckIn(anna.id(), in.attendance().id(), painBefore);
        }
        gym.clock.set(CLASS.plus(Duration.ofMinutes(60)));
        results.closeSession(session, gym.clock.instant(), List.of(done));
        return session;
    }

    private ExercisePerformed annaDid(String exercise, int level, Completion completion) {
        return new ExercisePerformed(anna.id(), exercise, level, completion);
    }

    private Proposal onlyProposal(UUID session) {
        List<MemberProposal> proposals = service.proposalsFor(session).orElseThrow().proposals();
        assertThat(proposals).hasSize(1);
        return proposals.getFirst().proposal();
    }

    /** Anna comes back the next morning and answers the "morning after" question. */
    private void nextMorning(int score) {
        gym.clock.set(CLASS.plus(Duration.ofHours(15)));
        CheckInOutcome.CheckedIn again = (CheckInOutcome.CheckedIn) gym.tap(ANNAS_CARD);
        gym.painReports.reportMorningAfter(anna.id(), again.attendance().id(), score);
    }

    @Test
    void greenPainAfterASecondCompletedSessionProposesOneLevelHarder() {
        earlierBirdDog(7, 2);
        UUID session = annasClass(2, annaDid("bird-dog", 2, Completion.COMPLETED));
        feedback.record(anna.id(), session, 1, 4);

        SessionProposals proposals = service.proposalsFor(session).orElseThrow();

        assertThat(proposals.session().className()).isEqualTo("Back Basics");
        MemberProposal only = proposals.proposals().getFirst();
        assertThat(only.shortName()).isEqualTo("Anna K.");
        assertThat(only.maxLevel()).isEqualTo(4);
        assertThat(only.proposal()).extracting(Proposal::kind, Proposal::fromLevel, Proposal::toLevel,
                Proposal::reason).containsExactly(Proposal.Kind.PROGRESS, 2, 3, Reason.GREEN_AND_ROUTINE);
    }

    @Test
    void withoutConsentNoHealthAnswerIsReadAndTheLevelHolds() {
        UUID session = gym.classAt("Back Basics", CLASS);
        gym.tap(KATRINS_CARD);
        gym.clock.set(CLASS.plus(Duration.ofMinutes(60)));
        results.closeSession(session, gym.clock.instant(),
                List.of(new ExercisePerformed(katrin.id(), "bird-dog", 2, Completion.COMPLETED)));
        assertThatThrownBy(() -> feedback.record(katrin.id(), session, 1, 3)).isInstanceOf(NoConsentException.class);

        assertThat(onlyProposal(session)).extracting(Proposal::kind, Proposal::reason)
                .containsExactly(Proposal.Kind.HOLD, Reason.NO_PAIN_ANSWER);
    }

    @Test
    void answersGivenBeforeConsentWasWithdrawnAreNotReadAndNeitherIsAnOpenRedFlag() {
        earlierBirdDog(7, 2);
        UUID session = annasClass(2, annaDid("bird-dog", 2, Completion.COMPLETED));
        feedback.record(anna.id(), session, 1, 4);
        gym.redFlags.record(anna.id(), null, true);

        gym.consent.record(anna.id(), false, HealthConsent.RecordedBy.MEMBER);

        assertThat(onlyProposal(session).reason()).isEqualTo(Reason.NO_PAIN_ANSWER);
    }

    @Test
    void anOpenRedFlagHoldsEvenWhenEverythingElseSaysHarder() {
        earlierBirdDog(7, 2);
        UUID session = annasClass(2, annaDid("bird-dog", 2, Completion.COMPLETED));
        feedback.record(anna.id(), session, 1, 4);

        gym.redFlags.record(anna.id(), null, true);

        assertThat(onlyProposal(session)).extracting(Proposal::kind, Proposal::reason)
                .containsExactly(Proposal.Kind.HOLD, Reason.RED_FLAG_OPEN);
    }

    @Test
    void amberPainWaitsForTheMorningAfterWhichDecidesTheDirection() {
        earlierBirdDog(7, 2);
        UUID session = annasClass(3, annaDid("bird-dog", 2, Completion.COMPLETED));
        feedback.record(anna.id(), session, 4, 5);
        assertThat(onlyProposal(session).reason()).isEqualTo(Reason.PAIN_AMBER_WAIT_FOR_MORNING);

        // a tap later the same day is not the morning after
        gym.clock.set(CLASS.plus(Duration.ofHours(3)));
        CheckInOutcome.CheckedIn sameDay = (CheckInOutcome.CheckedIn) gym.tap(ANNAS_CARD);
        gym.painReports.reportMorningAfter(anna.id(), sameDay.attendance().id(), 9);
        assertThat(onlyProposal(session).reason()).isEqualTo(Reason.PAIN_AMBER_WAIT_FOR_MORNING);

        nextMorning(3); // the same as before the class: it settled
        assertThat(onlyProposal(session)).extracting(Proposal::kind, Proposal::reason)
                .containsExactly(Proposal.Kind.PROGRESS, Reason.PAIN_AMBER_SETTLED);
    }

    @Test
    void aWorseMorningAfterProposesOneLevelEasier() {
        UUID session = annasClass(2, annaDid("bird-dog", 3, Completion.COMPLETED));
        feedback.record(anna.id(), session, 2, 4);

        nextMorning(4);

        assertThat(onlyProposal(session)).extracting(Proposal::kind, Proposal::toLevel, Proposal::reason)
                .containsExactly(Proposal.Kind.REGRESS, 2, Reason.NEXT_MORNING_WORSE);
    }

    @Test
    void sessionsAtALevelCountAgainAfterADecisionMovedTheLevel() {
        earlierBirdDog(10, 2);
        // she went up to 3 and, after a bad week, the instructor took her back to 2
        decisions.record(new LevelChange(anna.id(), "bird-dog", null, Proposal.Kind.PROGRESS, 3,
                Reason.GREEN_AND_ROUTINE, LevelDecision.CONFIRMED, 2, 3, ActedBy.PIN, CLASS.minus(Duration.ofDays(9))));
        earlierBirdDog(8, 3);
        decisions.record(new LevelChange(anna.id(), "bird-dog", null, Proposal.Kind.REGRESS, 2, Reason.PAIN_RED,
                LevelDecision.CONFIRMED, 3, 2, ActedBy.PIN, CLASS.minus(Duration.ofDays(7))));
        UUID session = annasClass(1, annaDid("bird-dog", 2, Completion.COMPLETED));
        feedback.record(anna.id(), session, 1, 3);

        // the record at 2 before the move back does not count: this is her first session at 2 again
        assertThat(onlyProposal(session)).extracting(Proposal::kind, Proposal::reason)
                .containsExactly(Proposal.Kind.HOLD, Reason.TOO_FEW_SESSIONS);
    }

    @Test
    void aRejectedProposalOrAConfirmedHoldDoesNotStartTheCountAgain() {
        earlierBirdDog(10, 2);
        decisions.record(new LevelChange(anna.id(), "bird-dog", null, Proposal.Kind.PROGRESS, 3,
                Reason.GREEN_AND_ROUTINE, LevelDecision.REJECTED, 2, null, ActedBy.PIN,
                CLASS.minus(Duration.ofDays(9))));
        decisions.record(new LevelChange(anna.id(), "bird-dog", null, Proposal.Kind.HOLD, 2, Reason.TOO_FEW_SESSIONS,
                LevelDecision.CONFIRMED, 2, 2, ActedBy.PIN, CLASS.minus(Duration.ofDays(8))));
        UUID session = annasClass(1, annaDid("bird-dog", 2, Completion.COMPLETED));
        feedback.record(anna.id(), session, 1, 3);

        assertThat(onlyProposal(session).reason()).isEqualTo(Reason.GREEN_AND_ROUTINE);
    }

    @Test
    void aDecidedProposalIsLeftOutAndCannotBeDecidedTwice() {
        earlierBirdDog(7, 2);
        UUID session = annasClass(2, annaDid("bird-dog", 2, Completion.COMPLETED),
                annaDid("dead-bug", 1, Completion.PARTIAL));
        feedback.record(anna.id(), session, 1, 4);
        List<MemberProposal> before = service.proposalsFor(session).orElseThrow().proposals();
        assertThat(before).extracting(MemberProposal::exerciseId).containsExactly("bird-dog", "dead-bug");
        gym.clock.advance(Duration.ofMinutes(3));

        Optional<LevelChange> decided = service.decide(before.getFirst(), LevelDecision.CONFIRMED, null,
                ActedBy.staffCard(anna.id()));

        assertThat(decided).hasValueSatisfying(d -> {
            assertThat(d.resultingLevel()).isEqualTo(3);
            assertThat(d.decidedAt()).isEqualTo(gym.clock.instant());
            assertThat(d.classSessionId()).isEqualTo(session);
        });
        assertThat(service.proposalsFor(session).orElseThrow().proposals()).extracting(MemberProposal::exerciseId)
                .containsExactly("dead-bug");
        assertThat(service.decide(before.getFirst(), LevelDecision.REJECTED, null, ActedBy.PIN)).isEmpty();
        assertThat(results.currentLevels(anna.id())).containsEntry("bird-dog", 3);
    }

    @Test
    void aChangedLevelMustBeOneOfTheExercisesLevels() {
        UUID session = annasClass(2, annaDid("bird-dog", 2, Completion.COMPLETED));
        MemberProposal proposal = service.proposalsFor(session).orElseThrow().proposals().getFirst();

        assertThatThrownBy(() -> service.decide(proposal, LevelDecision.CHANGED, 5, ActedBy.PIN))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1..4");
        assertThatThrownBy(() -> service.decide(proposal, LevelDecision.CHANGED, null, ActedBy.PIN))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(decisions.forSession(session)).isEmpty();

        assertThat(service.decide(proposal, LevelDecision.CHANGED, 4, ActedBy.PIN)).isPresent();
        assertThat(results.currentLevels(anna.id())).containsEntry("bird-dog", 4);
    }

    @Test
    void exercisesAtALevelTheProgrammeFixesForEveryoneGetNoProposal() {
        UUID type = gym.timetable.createClassType("Starter", "", Duration.ofMinutes(30), "starter-routine");
        UUID session = gym.timetable.addOneOffSession(type, CLASS, Duration.ofMinutes(30), "Studio 1", null, 10);
        gym.tap(ANNAS_CARD);
        gym.clock.set(CLASS.plus(Duration.ofMinutes(30)));
        results.closeSession(session, gym.clock.instant(), List.of(annaDid("marching", 2, Completion.COMPLETED),
                annaDid("bird-dog", 1, Completion.COMPLETED), annaDid("childs-pose", 1, Completion.COMPLETED)));

        assertThat(service.proposalsFor(session).orElseThrow().proposals()).extracting(MemberProposal::exerciseId)
                .containsExactly("bird-dog");
    }

    @Test
    void theSessionToReviewIsTheLastClosedOneWithRecords() {
        assertThat(service.lastClosedSession()).isEmpty();
        UUID first = annasClass(2, annaDid("bird-dog", 2, Completion.COMPLETED));
        // a later class nobody did anything in, and one still open
        UUID empty = gym.classAt("Evening Stretch", CLASS.plus(Duration.ofHours(2)));
        results.closeSession(empty, CLASS.plus(Duration.ofHours(3)), List.of());
        gym.classAt("Late Class", CLASS.plus(Duration.ofHours(4)));

        assertThat(service.lastClosedSession()).hasValueSatisfying(s -> {
            assertThat(s.sessionId()).isEqualTo(first);
            assertThat(s.className()).isEqualTo("Back Basics");
            assertThat(s.startsAt()).isEqualTo(CLASS);
        });
        assertThat(service.proposalsFor(empty)).hasValueSatisfying(p -> assertThat(p.proposals()).isEmpty());
        assertThat(service.proposalsFor(UUID.randomUUID())).isEmpty();
    }
}
