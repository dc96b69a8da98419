package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Export, erasure and the audit log over real HTTP: admin only, audited with the token's label. */
class PrivacyApiTest {

    @TempDir
    Path dir;
    TestKiosk kiosk;
    Member anna;
    String annaCard;

    @BeforeEach
    void start() {
        kiosk = TestKiosk.start(dir);
        anna = kiosk.member("Annaliese", "Quastenberg", "M-77123");
        annaCard = kiosk.card(anna, 1);
        kiosk.checkedInId(annaCard);
        Member bruno = kiosk.member("Bruno", "Brecht", "M-2");
        kiosk.checkedInId(kiosk.card(bruno, 2));
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void theExportIsOneDocumentOfEverythingAboutTheMemberForAdminsOnly() {
        TestKiosk.assertProblem(kiosk.get("/api/v1/members/" + anna.id() + "/export", kiosk.staffToken), 403);

        HttpResponse<String> response = kiosk.get("/api/v1/members/" + anna.id() + "/export", kiosk.adminToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                v -> assertThat(v).startsWith("attachment").contains(anna.id().toString()));
        JsonNode body = TestKiosk.json(response);
        assertThat(body.path("exportedAt").asText()).isEqualTo(TestKiosk.START.toString());
        assertThat(body.path("member").path("lastName").asText()).isEqualTo("Quastenberg");
        assertThat(body.path("cards")).hasSize(1);
        assertThat(body.path("attendance")).hasSize(1);
        assertThat(body.path("attendance").get(0).path("checkedInAt").asText()).isEqualTo(TestKiosk.START.toString());
        assertThat(body.has("painReports") && body.has("consentHistory") && body.has("levelDecisions")).isTrue();
        assertThat(response.body()).doesNotContain("Brecht");
        TestKiosk.assertProblem(kiosk.get("/api/v1/members/" + UUID.randomUUID() + "/export", kiosk.adminToken), 404);
        TestKiosk.assertProblem(kiosk.get("/api/v1/members/..%2F..%2Fetc%2Fpasswd/export", kiosk.adminToken), 400);
    }

    @Test
    void erasureIsForAdminsRemovesTheMemberKeepsTheCountsAndAnswersTheSameWhenRepeated() {
        TestKiosk.assertProblem(kiosk.delete("/api/v1/members/" + anna.id(), kiosk.staffToken), 403);
        int attendedBefore = TestKiosk.json(kiosk.get("/api/v1/attendance?date=2025-03-10", kiosk.viewerToken))
                .path("items").size();

        HttpResponse<String> response = kiosk.delete("/api/v1/members/" + anna.id(), kiosk.adminToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = TestKiosk.json(response);
        assertThat(body.path("memberId").asText()).isEqualTo(anna.id().toString());
        assertThat(body.path("erasedAt").asText()).isEqualTo(TestKiosk.START.toString());
        JsonNode attendance = TestKiosk.json(kiosk.get("/api/v1/attendance?date=2025-03-10", kiosk.viewerToken));
        assertThat(attendance.path("items")).hasSize(attendedBefore);
        assertThat(attendance.toString()).doesNotContain("Quastenberg").doesNotContain("M-77123");
        String members = kiosk.get("/api/v1/members", kiosk.staffToken).body();
        assertThat(members).contains("Brecht").doesNotContain("Quastenberg");
        TestKiosk.assertProblem(kiosk.get("/api/v1/members/" + anna.id(), kiosk.staffToken), 404);
        kiosk.clock.advance(Duration.ofMinutes(5));
        assertThat(kiosk.checkIn(annaCard)).isInstanceOf(CheckInOutcome.UnknownCard.class);

        HttpResponse<String> again = kiosk.delete("/api/v1/members/" + anna.id(), kiosk.adminToken);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(TestKiosk.json(again).path("erasedAt").asText()).isEqualTo(TestKiosk.START.toString());
        TestKiosk.assertProblem(kiosk.delete("/api/v1/members/" + UUID.randomUUID(), kiosk.adminToken), 404);
        TestKiosk.assertProblem(kiosk.delete("/api/v1/members/1%27%20OR%20%271%27=%271", kiosk.adminToken), 400);
    }

    @Test
    void theAuditLogNamesTheActingTokenNewestFirstInPages() {
        kiosk.get("/api/v1/members/" + anna.id() + "/export", kiosk.adminToken);
        kiosk.clock.advance(Duration.ofMinutes(1));
        kiosk.delete("/api/v1/members/" + anna.id(), kiosk.adminToken);
        TestKiosk.assertProblem(kiosk.get("/api/v1/audit", kiosk.staffToken), 403);

        JsonNode all = TestKiosk.json(kiosk.get("/api/v1/audit", kiosk.adminToken));
        assertThat(all.path("items")).hasSize(2);
        assertThat(all.path("items").get(0).path("action").asText()).isEqualTo("member.erase");
        assertThat(all.path("items").get(0).path("actor").asText()).isEqualTo("admin");
        assertThat(all.path("items").get(0).path("target").asText()).isEqualTo(anna.id().toString());
        assertThat(all.path("items").get(1).path("action").asText()).isEqualTo("member.export");
        assertThat(all.path("nextCursor").isNull()).isTrue();

        JsonNode first = TestKiosk.json(kiosk.get("/api/v1/audit?limit=1", kiosk.adminToken));
        assertThat(first.path("items")).hasSize(1);
        String cursor = first.path("nextCursor").asText();
        JsonNode second = TestKiosk.json(kiosk.get("/api/v1/audit?limit=1&cursor=" + cursor, kiosk.adminToken));
        assertThat(second.path("items").get(0).path("action").asText()).isEqualTo("member.export");
        assertThat(second.path("nextCursor").isNull()).isTrue();

        assertThat(TestKiosk.json(kiosk.get("/api/v1/audit?from=2025-03-11", kiosk.adminToken)).path("items"))
                .isEmpty();
        assertThat(TestKiosk.json(kiosk.get("/api/v1/audit?from=2025-03-10&to=2025-03-10", kiosk.adminToken))
                .path("items")).hasSize(2);
        TestKiosk.assertProblem(kiosk.get("/api/v1/audit?cursor=abc", kiosk.adminToken), 400);
        TestKiosk.assertProblem(kiosk.get("/api/v1/audit?from=2025-13-01", kiosk.adminToken), 400);
        TestKiosk.assertProblem(kiosk.get("/api/v1/audit?from=2025-03-11&to=2025-03-10", kiosk.adminToken), 400);
    }
}
