package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.progress.ExercisePerformed;
import org.backclass.store.JdbcClassFeedbackStore;
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcConsentStore;
import org.backclass.store.JdbcPainReportStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/classes/{sessionId}/progress} over real HTTP against a real SQLite file. */
class ClassProgressApiTest {

    private static final Instant CHECK_IN = Instant.parse("2025-03-10T16:55:00Z");

    @TempDir
    Path dir;
    TestKiosk kiosk;
    Member anna;
    Member bob;
    UUID session;

    @BeforeEach
    void seed() {
        kiosk = TestKiosk.start(dir);
        JdbcConsentStore consent = new JdbcConsentStore(kiosk.db, kiosk.clock);
        JdbcPainReportStore pain = new JdbcPainReportStore(kiosk.db, kiosk.clock);
        JdbcClassFeedbackStore feedback = new JdbcClassFeedbackStore(kiosk.db, kiosk.clock);
        // given a class that Anna (consenting) and Bob (never asked) checked in to
        anna = kiosk.member("Anna", "Kowalski", null);
        bob = kiosk.member("Bob", "Brown", null);
        String annaCard = kiosk.card(anna, 1);
        String bobCard = kiosk.card(bob, 2);
        consent.record(anna.id(), true, HealthConsent.RecordedBy.MEMBER);
        UUID type = kiosk.timetable.createClassType("Back class", "", Duration.ofMinutes(60));
        session = kiosk.timetable.addOneOffSession(type, Instant.parse("2025-03-10T17:00:00Z"),
                Duration.ofMinutes(60), "Studio 1", null, 10);
        kiosk.clock.set(CHECK_IN);
        UUID annaVisit = kiosk.checkedInId(annaCard);
        pain.add(new PainReport(UUID.randomUUID(), anna.id(), annaVisit, 6, PainReport.AT_CHECK_IN, CHECK_IN));
        kiosk.clock.set(CHECK_IN.plusSeconds(60));
        kiosk.checkedInId(bobCard);
        new JdbcClassResults(kiosk.db).closeSession(session, CHECK_IN.plusSeconds(3600), List.of(
                new ExercisePerformed(anna.id(), "bird-dog", 2, Completion.COMPLETED),
                new ExercisePerformed(bob.id(), "plank", 1, Completion.PARTIAL)));
        kiosk.clock.set(CHECK_IN.plusSeconds(3700));
        feedback.record(anna.id(), session, 5, 7);
        kiosk.clock.set(CHECK_IN.plusSeconds(3800));
        feedback.record(anna.id(), session, 4, 6);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private static String path(Object sessionId) {
        return "/api/v1/classes/" + sessionId + "/progress";
    }

    @Test
    void staffSeeEveryoneWhoCameWithHealthAnswersOnlyForConsentingMembers() {
        HttpResponse<String> response = kiosk.get(path(session), kiosk.staffToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = TestKiosk.json(response);
        assertThat(body.path("sessionId").asText()).isEqualTo(session.toString());
        assertThat(body.path("className").asText()).isEqualTo("Back class");
        assertThat(body.path("startsAt").asText()).isEqualTo("2025-03-10T17:00:00Z");
        assertThat(body.path("closed").asBoolean()).isTrue();
        JsonNode members = body.path("members");
        assertThat(members).hasSize(2);

        JsonNode a = members.get(0);
        assertThat(a.path("memberId").asText()).isEqualTo(anna.id().toString());
        assertThat(a.path("shortName").asText()).isEqualTo("Anna K.");
        assertThat(a.path("healthDataWithheld").asBoolean()).isFalse();
        assertThat(a.path("painAtCheckIn").asInt()).isEqualTo(6);
        assertThat(a.path("painNow").asInt()).isEqualTo(4);
        assertThat(a.path("effort").asInt()).isEqualTo(6);
        assertThat(a.path("exercises")).hasSize(1);
        assertThat(a.path("exercises").get(0).path("exerciseId").asText()).isEqualTo("bird-dog");
        assertThat(a.path("exercises").get(0).path("level").asInt()).isEqualTo(2);
        assertThat(a.path("exercises").get(0).path("completion").asText()).isEqualTo("completed");

        JsonNode b = members.get(1);
        assertThat(b.path("shortName").asText()).isEqualTo("Bob B.");
        assertThat(b.path("healthDataWithheld").asBoolean()).isTrue();
        assertThat(b.has("painAtCheckIn")).isTrue();
        assertThat(b.path("painAtCheckIn").isNull()).isTrue();
        assertThat(b.path("painNow").isNull()).isTrue();
        assertThat(b.path("effort").isNull()).isTrue();
        assertThat(b.path("exercises").get(0).path("exerciseId").asText()).isEqualTo("plank");
        assertThat(b.path("exercises").get(0).path("completion").asText()).isEqualTo("partial");
    }

    @Test
    void anUnknownSessionIsNotFound() {
        String detail = TestKiosk.assertProblem(kiosk.get(path(UUID.randomUUID()), kiosk.staffToken), 404);
        assertThat(detail).contains("no class session");
    }

    @Test
    void anIdThatIsNotAUuidIsABadRequest() {
        TestKiosk.assertProblem(kiosk.get(path("not-a-uuid"), kiosk.staffToken), 400);
        TestKiosk.assertProblem(kiosk.get(path("1-1-1-1-1"), kiosk.staffToken), 400);
        TestKiosk.assertProblem(kiosk.get(path(session) + "?from=2025-03-10", kiosk.staffToken), 400);
    }

    @Test
    void viewersAreForbiddenAndAnonymousCallersUnauthorized() {
        TestKiosk.assertProblem(kiosk.get(path(session), kiosk.viewerToken), 403);
        TestKiosk.assertProblem(kiosk.get(path(session), null), 401);
        assertThat(kiosk.get(path(session), kiosk.adminToken).statusCode()).isEqualTo(200);
    }
}
