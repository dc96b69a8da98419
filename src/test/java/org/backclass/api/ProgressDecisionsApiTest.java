package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.LevelChange;
import org.backclass.domain.progress.LevelDecision;
import org.backclass.domain.progress.outcome.ActivityRating;
import org.backclass.domain.progress.outcome.OutcomeAnswer;
import org.backclass.domain.progress.outcome.Timepoint;
import org.backclass.domain.progress.progression.Proposal;
import org.backclass.domain.progress.progression.Reason;
import org.backclass.domain.staff.ActedBy;
import org.backclass.store.JdbcConsentStore;
import org.backclass.store.JdbcLevelDecisions;
import org.backclass.store.JdbcOutcomeStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The level history the instructor wrote (who decided what, and why) and the progress checks in
 * {@code GET /api/v1/members/{id}/progress}, JSON and CSV, over real HTTP against a real SQLite
 * file; the reason codes and the checks are withheld without consent.
 */
class ProgressDecisionsApiTest {

    private static final Instant BASELINE = Instant.parse("2025-03-10T16:58:00Z");
    private static final Instant DECIDED = Instant.parse("2025-03-10T18:20:00Z");
    private static final Instant REJECTED = Instant.parse("2025-03-10T18:21:00Z");

    @TempDir
    Path dir;
    TestKiosk kiosk;
    Member anna;
    Member bob;
    UUID session;
    UUID maria;

    @BeforeEach
    void seed() {
        kiosk = TestKiosk.start(dir);
        JdbcConsentStore consent = new JdbcConsentStore(kiosk.db, kiosk.clock);
        JdbcLevelDecisions decisions = new JdbcLevelDecisions(kiosk.db);
        UUID type = kiosk.timetable.createClassType("Back class", "", Duration.ofMinutes(60));
        session = kiosk.timetable.addOneOffSession(type, Instant.parse("2025-03-10T17:00:00Z"),
                Duration.ofMinutes(60), "Studio 1", null, 10);
        maria = kiosk.member("Maria", "Lindqvist", null).id();
        // given Anna, who consented: her baseline check, then bird-dog confirmed up and dead bug rejected
        anna = kiosk.member("Anna", "Kowalski", null);
        consent.record(anna.id(), true, HealthConsent.RecordedBy.MEMBER);
        kiosk.clock.set(BASELINE);
        new JdbcOutcomeStore(kiosk.db, kiosk.clock).add(new OutcomeAnswer(UUID.randomUUID(), anna.id(),
                Timepoint.BASELINE, BASELINE, 6, List.of(new ActivityRating("Walking", 4),
                        new ActivityRating("Sitting, long", 3), new ActivityRating("=Lifting", 2))));
        decisions.record(LevelChange.decide(anna.id(), session, up("bird-dog", 2), LevelDecision.CONFIRMED, null,
                ActedBy.staffCard(maria), DECIDED));
        decisions.record(LevelChange.decide(anna.id(), session, down("dead-bug", 3), LevelDecision.REJECTED, null,
                ActedBy.PIN, REJECTED));
        // and Bob, whose red pain took him down a level, then withdrew his consent
        bob = kiosk.member("Bob", "Brown", null);
        consent.record(bob.id(), true, HealthConsent.RecordedBy.MEMBER);
        new JdbcOutcomeStore(kiosk.db, kiosk.clock).add(new OutcomeAnswer(UUID.randomUUID(), bob.id(),
                Timepoint.BASELINE, BASELINE, 8, List.of(new ActivityRating("Walking", 1),
                        new ActivityRating("Sitting", 1), new ActivityRating("Lifting", 1))));
        decisions.record(LevelChange.decide(bob.id(), session, down("bird-dog", 2), LevelDecision.CONFIRMED, null,
                ActedBy.PIN, DECIDED));
        consent.record(bob.id(), false, HealthConsent.RecordedBy.STAFF);
    }

    private static Proposal up(String exercise, int from) {
        return new Proposal(exercise, Proposal.Kind.PROGRESS, from, from + 1, Reason.GREEN_AND_ROUTINE, "green");
    }

    private static Proposal down(String exercise, int from) {
        return new Proposal(exercise, Proposal.Kind.REGRESS, from, from - 1, Reason.PAIN_RED, "red");
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private String path(UUID memberId) {
        return "/api/v1/members/" + memberId + "/progress";
    }

    @Test
    void jsonHasEveryDecisionNewestFirstWithWhoAndWhyAndTheProgressChecks() {
        JsonNode body = TestKiosk.json(kiosk.get(path(anna.id()), kiosk.staffToken));

        JsonNode decisions = body.path("levelDecisions");
        assertThat(decisions).hasSize(2);
        JsonNode rejected = decisions.get(0);
        assertThat(rejected.path("decidedAt").asText()).isEqualTo("2025-03-10T18:21:00Z");
        assertThat(rejected.path("exerciseId").asText()).isEqualTo("dead-bug");
        assertThat(rejected.path("proposed").asText()).isEqualTo("regress");
        assertThat(rejected.path("proposedLevel").asInt()).isEqualTo(2);
        assertThat(rejected.path("reason").asText()).isEqualTo("PAIN_RED");
        assertThat(rejected.path("decision").asText()).isEqualTo("rejected");
        assertThat(rejected.path("resultingLevel").isNull()).isTrue();
        assertThat(rejected.path("decidedBy").asText()).isEqualTo("PIN");
        JsonNode confirmed = decisions.get(1);
        assertThat(confirmed.path("fromLevel").asInt()).isEqualTo(2);
        assertThat(confirmed.path("resultingLevel").asInt()).isEqualTo(3);
        assertThat(confirmed.path("classSessionId").asText()).isEqualTo(session.toString());
        assertThat(confirmed.path("decidedBy").asText()).isEqualTo(maria.toString());
        assertThat(body.path("levels").path("bird-dog").asInt()).as("a confirmed change sets the level").isEqualTo(3);

        JsonNode outcomes = body.path("outcomes");
        assertThat(outcomes).hasSize(1);
        assertThat(outcomes.get(0).path("timepoint").asText()).isEqualTo("baseline");
        assertThat(outcomes.get(0).path("pain").asInt()).isEqualTo(6);
        assertThat(outcomes.get(0).path("functionScore").asDouble()).isEqualTo(3.0);
        assertThat(outcomes.get(0).path("activities").get(1).path("activity").asText()).isEqualTo("Sitting, long");
        assertThat(outcomes.get(0).path("activities").get(1).path("score").asInt()).isEqualTo(3);
    }

    @Test
    void csvHasDecisionAndProgressCheckRowsInTimeOrder() {
        String csv = kiosk.get(path(anna.id()) + "?format=csv", kiosk.staffToken).body();

        assertThat(List.of(csv.split("\r\n"))).containsExactly(
                "kind,at,contextOrExercise,value,completion,classSessionId",
                "outcomePain,2025-03-10T16:58:00Z,baseline,6,,",
                "outcomeActivity,2025-03-10T16:58:00Z,baseline: Walking,4,,",
                "outcomeActivity,2025-03-10T16:58:00Z,\"baseline: Sitting, long\",3,,",
                "outcomeActivity,2025-03-10T16:58:00Z,baseline: =Lifting,2,,",
                "levelDecision,2025-03-10T18:20:00Z,bird-dog,3,confirmed GREEN_AND_ROUTINE," + session,
                "levelDecision,2025-03-10T18:21:00Z,dead-bug,,rejected PAIN_RED," + session);
    }

    @Test
    void withoutConsentDecisionsStayButTheirReasonsAndTheChecksAreWithheld() {
        JsonNode body = TestKiosk.json(kiosk.get(path(bob.id()), kiosk.staffToken));

        assertThat(body.path("healthDataWithheld").asBoolean()).isTrue();
        assertThat(body.path("outcomes").isArray()).isTrue();
        assertThat(body.path("outcomes")).isEmpty();
        assertThat(body.path("levelDecisions")).hasSize(1);
        assertThat(body.path("levelDecisions").get(0).has("reason")).isTrue();
        assertThat(body.path("levelDecisions").get(0).path("reason").isNull()).isTrue();
        assertThat(body.path("levelDecisions").get(0).path("resultingLevel").asInt()).isEqualTo(1);
        String csv = kiosk.get(path(bob.id()), kiosk.staffToken, "Accept", "text/csv").body();
        assertThat(csv).doesNotContain("PAIN_RED").doesNotContain("outcome")
                .contains("levelDecision,2025-03-10T18:20:00Z,bird-dog,1,confirmed,");
    }
}
