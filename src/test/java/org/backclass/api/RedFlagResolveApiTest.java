package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.member.Member;
import org.backclass.domain.redflag.RedFlagResolved;
import org.backclass.domain.staff.ActedBy;
import org.backclass.store.JdbcConsentStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/members/{id}/red-flags/resolve} over real HTTP against a real SQLite file. */
class RedFlagResolveApiTest {

    private static final Instant ANSWERED = Instant.parse("2025-03-10T16:55:00Z");
    private static final Instant SPOKEN = Instant.parse("2025-03-10T17:02:00Z");

    @TempDir
    Path dir;
    TestKiosk kiosk;
    JdbcConsentStore consent;
    Member anna;
    final List<KioskEvent> events = new CopyOnWriteArrayList<>();

    @BeforeEach
    void seed() {
        kiosk = TestKiosk.start(dir);
        consent = new JdbcConsentStore(kiosk.db, kiosk.clock);
        kiosk.events.subscribe(events::add);
        // given Anna, who consented and answered yes to the red-flag check
        anna = kiosk.member("Anna", "Kowalski", null);
        consent.record(anna.id(), true, HealthConsent.RecordedBy.MEMBER);
        kiosk.clock.set(ANSWERED);
        kiosk.redFlagStore.record(anna.id(), null, true);
        kiosk.clock.set(SPOKEN);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private static String path(Object memberId) {
        return "/api/v1/members/" + memberId + "/red-flags/resolve";
    }

    private HttpResponse<String> resolve(Object memberId, String token) {
        return kiosk.post(path(memberId), token, null, HttpRequest.BodyPublishers.noBody());
    }

    private JsonNode newestCheck(UUID memberId) {
        JsonNode checks = TestKiosk.json(kiosk.get("/api/v1/members/" + memberId + "/progress", kiosk.staffToken))
                .path("redFlagChecks");
        return checks.get(checks.size() - 1);
    }

    @Test
    void staffClearAnOpenFlagAndTheKioskIsTold() {
        HttpResponse<String> response = resolve(anna.id(), kiosk.staffToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = TestKiosk.json(response);
        assertThat(body.path("memberId").asText()).isEqualTo(anna.id().toString());
        assertThat(body.path("resolvedAt").asText()).isEqualTo("2025-03-10T17:02:00Z");
        assertThat(body.path("resolvedBy").asText()).isEqualTo("API");
        assertThat(kiosk.redFlagStore.openFor(List.of(anna.id()))).isEmpty();
        JsonNode progress = TestKiosk.json(kiosk.get("/api/v1/members/" + anna.id() + "/progress", kiosk.staffToken));
        assertThat(progress.path("openRedFlag").asBoolean()).isFalse();
        assertThat(newestCheck(anna.id()).path("resolvedAt").asText()).isEqualTo("2025-03-10T17:02:00Z");
        assertThat(newestCheck(anna.id()).path("resolvedBy").asText()).isEqualTo("API");
        assertThat(events).containsExactly(new RedFlagResolved(anna.id(), SPOKEN, ActedBy.API));
    }

    @Test
    void clearingAgainIsNotFoundAndChangesNothing() {
        assertThat(resolve(anna.id(), kiosk.staffToken).statusCode()).isEqualTo(200);
        kiosk.clock.advance(Duration.ofMinutes(3));

        String detail = TestKiosk.assertProblem(resolve(anna.id(), kiosk.staffToken), 404);

        assertThat(detail).contains("no open red flag");
        assertThat(newestCheck(anna.id()).path("resolvedAt").asText()).isEqualTo("2025-03-10T17:02:00Z");
        assertThat(events).hasSize(1);
    }

    @Test
    void aMemberWhoseNewestCheckWasANoHasNothingToClear() {
        kiosk.redFlagStore.record(anna.id(), null, false);

        TestKiosk.assertProblem(resolve(anna.id(), kiosk.staffToken), 404);
        assertThat(events).isEmpty();
    }

    @Test
    void viewersAreForbiddenAnonymousCallersUnauthorizedAndAdminsMayClear() {
        TestKiosk.assertProblem(resolve(anna.id(), kiosk.viewerToken), 403);
        TestKiosk.assertProblem(resolve(anna.id(), null), 401);
        assertThat(kiosk.redFlagStore.openFor(List.of(anna.id()))).as("still open").containsExactly(anna.id());

        assertThat(resolve(anna.id(), kiosk.adminToken).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutConsentTheFlagIsWithheldAndLeftAlone() {
        consent.record(anna.id(), false, HealthConsent.RecordedBy.STAFF);

        String detail = TestKiosk.assertProblem(resolve(anna.id(), kiosk.staffToken), 409);

        assertThat(detail).contains("consent");
        assertThat(kiosk.redFlagStore.openFor(List.of(anna.id()))).containsExactly(anna.id());
        assertThat(events).isEmpty();
    }

    @Test
    void badIdsUnknownMembersWrongMethodsAndParametersGetProblems() {
        assertThat(TestKiosk.assertProblem(resolve("not-a-uuid", kiosk.staffToken), 400)).contains("UUID");
        TestKiosk.assertProblem(resolve("1-1-1-1-1", kiosk.staffToken), 400);
        assertThat(TestKiosk.assertProblem(resolve(UUID.randomUUID(), kiosk.staffToken), 404)).contains("no member");
        TestKiosk.assertProblem(kiosk.post(path(anna.id()) + "?now=1", kiosk.staffToken, null,
                HttpRequest.BodyPublishers.noBody()), 400);
        HttpResponse<String> get = kiosk.get(path(anna.id()), kiosk.staffToken);
        TestKiosk.assertProblem(get, 405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
        assertThat(kiosk.redFlagStore.openFor(List.of(anna.id()))).containsExactly(anna.id());
    }
}
