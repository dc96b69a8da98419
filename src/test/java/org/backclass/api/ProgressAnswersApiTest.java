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
import org.backclass.domain.staff.ActedBy;
import org.backclass.store.JdbcClassFeedbackStore;
import org.backclass.store.JdbcConsentStore;
import org.backclass.store.JdbcPainReportStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The after-class answers and the red-flag checks in {@code GET /api/v1/members/{id}/progress},
 * JSON and CSV, over real HTTP against a real SQLite file.
 */
class ProgressAnswersApiTest {

    private static final Instant DAY_ONE = Instant.parse("2025-03-10T16:55:00Z");
    private static final Instant AFTER_CLASS = Instant.parse("2025-03-10T18:05:00Z");
    private static final Instant RESOLVED = Instant.parse("2025-03-10T18:10:00Z");
    private static final Instant AFTER_ROUTINE = Instant.parse("2025-03-12T17:30:00Z");

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
        JdbcClassFeedbackStore feedback = new JdbcClassFeedbackStore(kiosk.db, kiosk.clock);
        // given Anna, who consented: a yes at check-in that the instructor cleared with the PIN,
        // answers after the class, and after her routine on Wednesday a no and her answers
        anna = kiosk.member("Anna", "Kowalski", null);
        String annaCard = kiosk.card(anna, 1);
        consent.record(anna.id(), true, HealthConsent.RecordedBy.MEMBER);
        UUID type = kiosk.timetable.createClassType("Back class", "", Duration.ofMinutes(60));
        session = kiosk.timetable.addOneOffSession(type, Instant.parse("2025-03-10T17:00:00Z"),
                Duration.ofMinutes(60), "Studio 1", null, 10);
        kiosk.clock.set(DAY_ONE);
        UUID visit = kiosk.checkedInId(annaCard);
        new JdbcPainReportStore(kiosk.db, kiosk.clock).add(new PainReport(UUID.randomUUID(), anna.id(), visit, 5,
                PainReport.AT_CHECK_IN, DAY_ONE));
        kiosk.redFlagStore.record(anna.id(), visit, true);
        kiosk.clock.set(AFTER_CLASS);
        feedback.record(anna.id(), session, 3, 7);
        kiosk.clock.set(RESOLVED);
        kiosk.redFlagStore.resolve(anna.id(), ActedBy.PIN);
        kiosk.clock.set(AFTER_ROUTINE.minusSeconds(3600));
        kiosk.redFlagStore.record(anna.id(), null, false);
        kiosk.clock.set(AFTER_ROUTINE);
        feedback.record(anna.id(), null, 2, 4);
        // and Bob, who answered everything once and then withdrew his consent
        bob = kiosk.member("Bob", "Brown", null);
        consent.record(bob.id(), true, HealthConsent.RecordedBy.MEMBER);
        kiosk.redFlagStore.record(bob.id(), null, true);
        feedback.record(bob.id(), session, 8, 9);
        consent.record(bob.id(), false, HealthConsent.RecordedBy.STAFF);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private String path(UUID memberId) {
        return "/api/v1/members/" + memberId + "/progress";
    }

    @Test
    void jsonHasTheAfterClassAnswersAndTheRedFlagChecksOldestFirst() {
        HttpResponse<String> response = kiosk.get(path(anna.id()), kiosk.staffToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = TestKiosk.json(response);
        JsonNode after = body.path("afterClass");
        assertThat(after).hasSize(2);
        assertThat(after.get(0).path("answeredAt").asText()).isEqualTo("2025-03-10T18:05:00Z");
        assertThat(after.get(0).path("classSessionId").asText()).isEqualTo(session.toString());
        assertThat(after.get(0).path("routine").asBoolean()).isFalse();
        assertThat(after.get(0).path("painNow").asInt()).isEqualTo(3);
        assertThat(after.get(0).path("effort").asInt()).isEqualTo(7);
        assertThat(after.get(1).path("classSessionId").isNull()).isTrue();
        assertThat(after.get(1).path("routine").asBoolean()).isTrue();
        assertThat(after.get(1).path("painNow").asInt()).isEqualTo(2);
        assertThat(after.get(1).path("effort").asInt()).isEqualTo(4);

        JsonNode checks = body.path("redFlagChecks");
        assertThat(checks).hasSize(2);
        assertThat(checks.get(0).path("answeredAt").asText()).isEqualTo("2025-03-10T16:55:00Z");
        assertThat(checks.get(0).path("anyYes").asBoolean()).isTrue();
        assertThat(checks.get(0).path("resolvedAt").asText()).isEqualTo("2025-03-10T18:10:00Z");
        assertThat(checks.get(0).path("resolvedBy").asText()).isEqualTo("PIN");
        assertThat(checks.get(1).path("anyYes").asBoolean()).isFalse();
        assertThat(checks.get(1).has("resolvedAt")).isTrue();
        assertThat(checks.get(1).path("resolvedAt").isNull()).isTrue();
        assertThat(checks.get(1).path("resolvedBy").isNull()).isTrue();
        assertThat(body.path("openRedFlag").asBoolean()).isFalse();
    }

    @Test
    void csvHasAPainNowAndAnEffortRowPerAnswerAmongThePainRows() {
        HttpResponse<String> response = kiosk.get(path(anna.id()) + "?format=csv", kiosk.staffToken);

        assertThat(response.statusCode()).isEqualTo(200);
        List<String> lines = List.of(response.body().split("\r\n"));
        assertThat(lines).containsExactly(
                "kind,at,contextOrExercise,value,completion,classSessionId",
                "pain,2025-03-10T16:55:00Z,checkIn,5,,",
                "painNow,2025-03-10T18:05:00Z,class,3,," + session,
                "effort,2025-03-10T18:05:00Z,class,7,," + session,
                "painNow,2025-03-12T17:30:00Z,routine,2,,",
                "effort,2025-03-12T17:30:00Z,routine,4,,");
    }

    @Test
    void withoutConsentTheAnswersAndChecksAreWithheldInJsonAndCsv() {
        JsonNode body = TestKiosk.json(kiosk.get(path(bob.id()), kiosk.staffToken));

        assertThat(body.path("healthDataWithheld").asBoolean()).isTrue();
        assertThat(body.path("afterClass").isArray()).isTrue();
        assertThat(body.path("afterClass")).isEmpty();
        assertThat(body.path("redFlagChecks").isArray()).isTrue();
        assertThat(body.path("redFlagChecks")).isEmpty();
        assertThat(body.path("openRedFlag").isNull()).isTrue();
        assertThat(kiosk.get(path(bob.id()), kiosk.staffToken, "Accept", "text/csv").body())
                .isEqualTo("kind,at,contextOrExercise,value,completion,classSessionId\r\n");
    }
}
