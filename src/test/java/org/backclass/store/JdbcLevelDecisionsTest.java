package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.staff.ActedBy;
import org.backclass.domain.progress.ExercisePerformed;
import org.backclass.domain.progress.LevelChange;
import org.backclass.domain.progress.LevelDecision;
import org.backclass.domain.progress.progression.Proposal;
import org.backclass.domain.progress.progression.Reason;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Level decisions on a real SQLite file: stored once, read as history, and they set the level to start at. */
class JdbcLevelDecisionsTest {

    private static final Instant START = Instant.parse("2026-11-24T17:00:00Z");

    @TempDir
    Path dir;
    private TestGym gym;
    private JdbcLevelDecisions decisions;
    private JdbcClassResults results;
    private Member anna;
    private Member eva;
    private UUID session;

    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, START.minus(Duration.ofMinutes(5)));
        decisions = new JdbcLevelDecisions(gym.db);
        results = new JdbcClassResults(gym.db);
        anna = gym.memberWithCard("Anna", "Keller", "04A3C6CAE26180");
        eva = gym.staffWithCard("Eva", "Sommer", "04E5A0B1C2D380");
        session = gym.classAt("Back Stability", START);
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    private static Proposal progress(String exercise, int from) {
        return new Proposal(exercise, Proposal.Kind.PROGRESS, from, from + 1, Reason.GREEN_AND_ROUTINE, "green");
    }

    private static Proposal hold(String exercise, int at) {
        return new Proposal(exercise, Proposal.Kind.HOLD, at, at, Reason.TOO_FEW_SESSIONS, "too few");
    }

    private LevelChange decision(UUID classSession, Proposal p, LevelDecision d, Integer changedTo, Instant at) {
        return LevelChange.decide(anna.id(), classSession, p, d, changedTo, ActedBy.staffCard(eva.id()), at);
    }

    private void closeWith(Instant at, ExercisePerformed... done) {
        results.closeSession(session, at, List.of(done));
    }

    @Test
    void aDecisionIsStoredWithWhoAndWhyAndReadBackAsHistoryNewestFirst() {
        Instant first = START.plus(Duration.ofMinutes(70));
        LevelChange confirmed = decision(session, progress("bird-dog", 2), LevelDecision.CONFIRMED, null, first);
        LevelChange rejected = LevelChange.decide(anna.id(), session, progress("wall-sit", 1), LevelDecision.REJECTED,
                null, ActedBy.PIN, first.plusSeconds(5));
        LevelChange changed = decision(null, hold("dead-bug", 3), LevelDecision.CHANGED, 1, first.plusSeconds(9));

        assertThat(decisions.record(confirmed)).isTrue();
        assertThat(decisions.record(rejected)).isTrue();
        assertThat(decisions.record(changed)).isTrue();

        assertThat(decisions.historyOf(anna.id())).containsExactly(changed, rejected, confirmed);
        assertThat(decisions.historyOf(anna.id()).get(1).decidedBy()).isEqualTo(ActedBy.PIN);
        assertThat(decisions.historyOf(anna.id()).get(2).decidedBy().staffMemberId()).isEqualTo(eva.id());
        assertThat(decisions.forSession(session)).containsExactly(confirmed, rejected);
        assertThat(decisions.historyOf(eva.id())).isEmpty();
    }

    @Test
    void aProposalOfAClassIsDecidedOnceAndTheFirstDecisionStands() {
        Instant at = START.plus(Duration.ofMinutes(70));
        LevelChange first = decision(session, progress("bird-dog", 2), LevelDecision.CONFIRMED, null, at);
        LevelChange second = decision(session, progress("bird-dog", 2), LevelDecision.REJECTED, null,
                at.plusSeconds(1));

        assertThat(decisions.record(first)).isTrue();
        assertThat(decisions.record(second)).isFalse();

        assertThat(decisions.forSession(session)).containsExactly(first);
        // outside a class nothing ties two decisions together: both are history
        assertThat(decisions.record(decision(null, hold("bird-dog", 3), LevelDecision.CONFIRMED, null, at))).isTrue();
        assertThat(decisions.record(decision(null, hold("bird-dog", 3), LevelDecision.CONFIRMED, null, at))).isTrue();
        assertThat(decisions.historyOf(anna.id())).hasSize(3);
    }

    @Test
    void everyDecisionIsInTheChangeLogForOtherKiosks() {
        decisions.record(decision(session, progress("bird-dog", 2), LevelDecision.CONFIRMED, null, START));

        int logged = gym.db.read(c -> {
            try (var rs = c.createStatement().executeQuery(
                    "SELECT COUNT(*) FROM change_log WHERE table_name = 'level_change' AND kiosk_id = 'test-kiosk'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(logged).isEqualTo(1);
    }

    @Test
    void aConfirmedOrChangedLevelIsWhereTheMemberStartsNextUntilANewerRecord() {
        Instant closed = START.plus(Duration.ofMinutes(60));
        closeWith(closed, new ExercisePerformed(anna.id(), "bird-dog", 2, Completion.COMPLETED),
                new ExercisePerformed(anna.id(), "dead-bug", 3, Completion.COMPLETED),
                new ExercisePerformed(anna.id(), "wall-sit", 1, Completion.COMPLETED));
        assertThat(results.currentLevels(anna.id())).isEqualTo(Map.of("bird-dog", 2, "dead-bug", 3, "wall-sit", 1));

        Instant decided = closed.plus(Duration.ofMinutes(5));
        decisions.record(decision(session, progress("bird-dog", 2), LevelDecision.CONFIRMED, null, decided));
        decisions.record(decision(session, hold("dead-bug", 3), LevelDecision.CHANGED, 1, decided));
        decisions.record(decision(session, progress("wall-sit", 1), LevelDecision.REJECTED, null, decided));

        assertThat(results.currentLevels(anna.id())).isEqualTo(Map.of("bird-dog", 3, "dead-bug", 1, "wall-sit", 1));

        // a newer record (here a routine at the old level) is newer than the decision
        results.recordRoutine(decided.plus(Duration.ofDays(1)),
                List.of(new ExercisePerformed(anna.id(), "dead-bug", 2, Completion.PARTIAL)));
        assertThat(results.currentLevels(anna.id())).containsEntry("dead-bug", 2).containsEntry("bird-dog", 3);
    }

    @Test
    void aConfirmedHoldOrAnOldDecisionThatKeepsTheLevelChangesNothing() {
        Instant closed = START.plus(Duration.ofMinutes(60));
        closeWith(closed, new ExercisePerformed(anna.id(), "bird-dog", 2, Completion.COMPLETED));
        // a later class moved her to 3; then the old class's hold at 2 is confirmed late
        decisions.record(decision(null, progress("bird-dog", 2), LevelDecision.CONFIRMED, null,
                closed.plusSeconds(60)));
        decisions.record(decision(session, hold("bird-dog", 2), LevelDecision.CONFIRMED, null,
                closed.plusSeconds(120)));

        assertThat(results.currentLevels(anna.id())).containsEntry("bird-dog", 3);
    }

    @Test
    void aDecisionInTheSameMillisecondAsTheRecordItIsAboutWins() {
        closeWith(START, new ExercisePerformed(anna.id(), "bird-dog", 2, Completion.COMPLETED));

        decisions.record(decision(session, progress("bird-dog", 2), LevelDecision.CONFIRMED, null, START));

        assertThat(results.currentLevels(anna.id())).containsEntry("bird-dog", 3);
    }
}
