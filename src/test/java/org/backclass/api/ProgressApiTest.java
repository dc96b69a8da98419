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
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcConsentStore;
import org.backclass.store.JdbcPainReportStore;
import org.backclass.store.JdbcRedFlagStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/members/{id}/progress} over real HTTP against a real SQLite file. */
class ProgressApiTest {

    private static final Instant DAY_ONE = Instant.parse("2025-03-10T16:55:00Z");
    private static final Instant DAY_TWO = Instant.parse("2025-03-12T16:55:00Z");

    @TempDir
    Path dir;
    TestKiosk kiosk;
    JdbcConsentStore consent;
    JdbcPainReportStore pain;
    Member anna;
    Member bob;
    UUID classOne;

    @BeforeEach
    void seed() {
        kiosk = TestKiosk.start(dir);
        consent = new JdbcConsentStore(kiosk.db, kiosk.clock);
        pain = new JdbcPainReportStore(kiosk.db, kiosk.clock);
        JdbcClassResults results = new JdbcClassResults(kiosk.db);
        JdbcRedFlagStore redFlags = new JdbcRedFlagStore(kiosk.db, kiosk.clock);
        // given Anna, who consented, came to a class on Monday and did her routine on Wednesday
        anna = kiosk.member("Anna", "Kowalski", "=1+1");
        String annaCard = kiosk.card(anna, 1);
        consent.record(anna.id(), true, HealthConsent.RecordedBy.MEMBER);
        UUID type = kiosk.timetable.createClassType("Back class", "", Duration.ofMinutes(60));
        classOne = kiosk.timetable.addOneOffSession(type, Instant.parse("2025-03-10T17:00:00Z"),
                Duration.ofMinutes(60), "Studio 1", null, 10);
        kiosk.clock.set(DAY_ONE);
        UUID visitOne = kiosk.checkedInId(annaCard);
        pain.add(new PainReport(UUID.randomUUID(), anna.id(), visitOne, 6, PainReport.AT_CHECK_IN, DAY_ONE));
        redFlags.record(anna.id(), visitOne, false);
        results.closeSession(classOne, DAY_ONE.plusSeconds(3600), List.of(
                new ExercisePerformed(anna.id(), "bird-dog", 1, Completion.COMPLETED),
                new ExercisePerformed(anna.id(), "=cmd|' /C calc'!A0", 2, Completion.PARTIAL)));
        kiosk.clock.set(DAY_TWO);
        UUID visitTwo = kiosk.checkedInId(annaCard);
        pain.add(new PainReport(UUID.randomUUID(), anna.id(), visitTwo, 3, PainReport.AT_CHECK_IN, DAY_TWO));
        redFlags.record(anna.id(), visitTwo, true);
        results.recordRoutine(DAY_TWO.plusSeconds(1800), List.of(
                new ExercisePerformed(anna.id(), "bird-dog", 2, Completion.COMPLETED),
                new ExercisePerformed(anna.id(), "plank", 3, Completion.SKIPPED)));
        // and Bob, who answered once and then withdrew his consent
        bob = kiosk.member("Bob", "Brown", null);
        consent.record(bob.id(), true, HealthConsent.RecordedBy.MEMBER);
        pain.add(new PainReport(UUID.randomUUID(), bob.id(), null, 8, PainReport.AT_CHECK_IN, DAY_TWO));
        consent.record(bob.id(), false, HealthConsent.RecordedBy.MEMBER);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private String path(UUID memberId) {
        return "/api/v1/members/" + memberId + "/progress";
    }

    @Test
    void staffSeeTheWholeProgressOfAConsentingMember() {
        HttpResponse<String> response = kiosk.get(path(anna.id()), kiosk.staffToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode body = TestKiosk.json(response);
        assertThat(body.path("memberId").asText()).isEqualTo(anna.id().toString());
        assertThat(body.path("shortName").asText()).isEqualTo("Anna K.");
        assertThat(body.path("consent").asText()).isEqualTo("given");
        assertThat(body.path("healthDataWithheld").asBoolean()).isFalse();
        JsonNode series = body.path("painSeries");
        assertThat(series).hasSize(2);
        assertThat(series.get(0).path("reportedAt").asText()).isEqualTo("2025-03-10T16:55:00Z");
        assertThat(series.get(0).path("context").asText()).isEqualTo(PainReport.AT_CHECK_IN);
        assertThat(series.get(0).path("score").asInt()).isEqualTo(6);
        assertThat(series.get(1).path("score").asInt()).isEqualTo(3);
        // plank was skipped: it has history but no current level
        assertThat(body.path("levels").path("bird-dog").asInt()).isEqualTo(2);
        assertThat(body.path("levels").has("plank")).isFalse();
        JsonNode history = body.path("levelHistory");
        assertThat(history).hasSize(4);
        assertThat(history.get(0).path("recordedAt").asText()).isEqualTo("2025-03-12T17:25:00Z");
        assertThat(history.get(0).path("classSessionId").isNull()).isTrue();
        assertThat(history.get(3).path("recordedAt").asText()).isEqualTo("2025-03-10T17:55:00Z");
        assertThat(history.get(3).path("classSessionId").asText()).isEqualTo(classOne.toString());
        assertThat(history.findValuesAsText("completion")).contains("completed", "partial", "skipped");
        JsonNode adherence = body.path("adherence");
        assertThat(adherence.path("sessionNumber").asInt()).isEqualTo(2);
        assertThat(adherence.path("sessionsThisWeek").asInt()).isEqualTo(2);
        assertThat(adherence.path("courseSessions").asInt()).isPositive();
        assertThat(adherence.has("attendancePercent")).isTrue();
        assertThat(body.path("openRedFlag").asBoolean()).isTrue();
    }

    @Test
    void csvHoldsThePainSeriesAndLevelHistoryOldestFirst() {
        HttpResponse<String> response = kiosk.get(path(anna.id()), kiosk.staffToken, "Accept", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"progress-" + anna.id() + "-2025-03-12.csv\"");
        String c1 = classOne.toString();
        assertThat(response.body()).startsWith("kind,at,contextOrExercise,value,completion,classSessionId\r\n")
                .endsWith("\r\n");
        List<String> lines = List.of(response.body().split("\r\n"));
        assertThat(lines).hasSize(7);
        assertThat(lines.get(1)).isEqualTo("pain,2025-03-10T16:55:00Z,checkIn,6,,");
        // Recorded at the same instant: their order among themselves is not specified.
        assertThat(lines.subList(2, 4)).containsExactlyInAnyOrder(
                "level,2025-03-10T17:55:00Z,bird-dog,1,completed," + c1,
                "level,2025-03-10T17:55:00Z,'=cmd|' /C calc'!A0,2,partial," + c1);
        assertThat(lines.get(4)).isEqualTo("pain,2025-03-12T16:55:00Z,checkIn,3,,");
        assertThat(lines.subList(5, 7)).containsExactlyInAnyOrder(
                "level,2025-03-12T17:25:00Z,bird-dog,2,completed,",
                "level,2025-03-12T17:25:00Z,plank,3,skipped,");
        assertThat(kiosk.get(path(anna.id()) + "?format=csv", kiosk.staffToken).body())
                .isEqualTo(response.body());
    }

    @Test
    void aMemberWithoutConsentHasTheirHealthAnswersWithheld() {
        JsonNode body = TestKiosk.json(kiosk.get(path(bob.id()), kiosk.staffToken));

        assertThat(body.path("consent").asText()).isEqualTo("refused");
        assertThat(body.path("healthDataWithheld").asBoolean()).isTrue();
        assertThat(body.path("painSeries")).isEmpty();
        assertThat(body.path("openRedFlag").isNull()).isTrue();
        assertThat(body.path("levels")).isEmpty();
        assertThat(body.path("adherence").path("sessionNumber").asInt()).isZero();

        String csv = kiosk.get(path(bob.id()) + "?format=csv", kiosk.staffToken).body();
        assertThat(csv).isEqualTo("kind,at,contextOrExercise,value,completion,classSessionId\r\n");
    }

    @Test
    void anIdThatIsNotAUuidIsABadRequest() {
        for (String bad : List.of("not-a-uuid", "123", "..", "%2e%2e", "1-1-1-1-1",
                anna.id().toString() + "x", "%27%20OR%201%3D1")) {
            HttpResponse<String> response = kiosk.get("/api/v1/members/" + bad + "/progress", kiosk.staffToken);
            assertThat(response.statusCode()).as(bad).isIn(400, 404);
            TestKiosk.assertProblem(response, response.statusCode());
        }
        TestKiosk.assertProblem(kiosk.get("/api/v1/members/not-a-uuid/progress", kiosk.staffToken), 400);
        TestKiosk.assertProblem(kiosk.get("/api/v1/members/1-1-1-1-1/progress", kiosk.staffToken), 400);
    }

    @Test
    void anUnknownMemberIsNotFound() {
        String detail = TestKiosk.assertProblem(kiosk.get(path(UUID.randomUUID()), kiosk.staffToken), 404);
        assertThat(detail).contains("no member");
        TestKiosk.assertProblem(kiosk.get("/api/v1/members/" + anna.id() + "/progres", kiosk.staffToken), 404);
    }

    @Test
    void viewersAreForbiddenAndAnonymousCallersUnauthorized() {
        TestKiosk.assertProblem(kiosk.get(path(anna.id()), kiosk.viewerToken), 403);
        TestKiosk.assertProblem(kiosk.get(path(anna.id()), null), 401);
        assertThat(kiosk.get(path(anna.id()), kiosk.adminToken).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownParametersAndFormatsAreBadRequests() {
        TestKiosk.assertProblem(kiosk.get(path(anna.id()) + "?from=2025-03-10", kiosk.staffToken), 400);
        TestKiosk.assertProblem(kiosk.get(path(anna.id()) + "?format=xml", kiosk.staffToken), 400);
    }
}
