package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuthAndRoutingApiTest {

    @TempDir
    Path dir;
    TestKiosk kiosk;

    @BeforeEach
    void start() {
        kiosk = TestKiosk.start(dir);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void noTokenIs401WithABearerChallenge() {
        HttpResponse<String> response = kiosk.get("/api/v1/members", null);
        assertThat(TestKiosk.assertProblem(response, 401)).contains("Authorization: Bearer");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void aBadTokenIs401() {
        HttpResponse<String> response = kiosk.get("/api/v1/members", "bc_not-a-real-token");
        assertThat(TestKiosk.assertProblem(response, 401)).contains("not valid");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer").contains("invalid_token"));
    }

    @Test
    void aRevokedTokenIs401() {
        kiosk.tokens.rotate(org.backclass.domain.auth.Role.VIEWER, "viewer");
        TestKiosk.assertProblem(kiosk.get("/api/v1/attendance", kiosk.viewerToken), 401);
    }

    @Test
    void anotherSchemeIs401() {
        HttpResponse<String> response = kiosk.get("/api/v1/members", null, "Authorization", "Basic dXNlcjpwYXNz");
        TestKiosk.assertProblem(response, 401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void aViewerMayReadAttendanceButNotMembersOrTap() {
        assertThat(kiosk.get("/api/v1/attendance", kiosk.viewerToken).statusCode()).isEqualTo(200);
        assertThat(TestKiosk.assertProblem(kiosk.get("/api/v1/members", kiosk.viewerToken), 403))
                .contains("staff");
        assertThat(kiosk.get("/api/v1/members", kiosk.staffToken).statusCode()).isEqualTo(200);

        HttpResponse<String> tap = kiosk.postJson("/api/v1/simulator/taps", kiosk.viewerToken,
                "{\"uid\":\"04A3C6CAE26180\"}");
        assertThat(TestKiosk.assertProblem(tap, 403)).contains("staff").contains("viewer");
    }

    @Test
    void staffAndAdminMayTap() {
        assertThat(kiosk.postJson("/api/v1/simulator/taps", kiosk.staffToken, "{\"uid\":\"04A3C6CAE26180\"}")
                .statusCode()).isEqualTo(200);
        kiosk.clock.advance(Duration.ofSeconds(10));
        assertThat(kiosk.postJson("/api/v1/simulator/taps", kiosk.adminToken, "{\"uid\":\"04A3C6CAE26180\"}")
                .statusCode()).isEqualTo(200);
    }

    @Test
    void unknownPathsAre404Problems() {
        assertThat(TestKiosk.assertProblem(kiosk.get("/api/v1/nothing-here", kiosk.adminToken), 404))
                .contains("/api/v1/nothing-here");
        TestKiosk.assertProblem(kiosk.get("/nothing", null), 404); // "/" is the staff page
        TestKiosk.assertProblem(kiosk.get("/api/v1/health/", null), 404);
    }

    @Test
    void aWrongMethodIs405WithAllow() {
        HttpResponse<String> delete = kiosk.send(HttpRequest.newBuilder(kiosk.uri("/api/v1/members"))
                .DELETE().header("Authorization", "Bearer " + kiosk.adminToken).build());
        TestKiosk.assertProblem(delete, 405);
        assertThat(delete.headers().firstValue("Allow")).hasValue("GET, HEAD, POST");

        HttpResponse<String> get = kiosk.get("/api/v1/simulator/taps", kiosk.staffToken);
        TestKiosk.assertProblem(get, 405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void headIsAnsweredLikeGetWithoutABody() {
        HttpResponse<String> head = kiosk.send(HttpRequest.newBuilder(kiosk.uri("/api/v1/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(head.body()).isEmpty();
        assertThat(kiosk.get("/api/v1/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void responsesAreNotCachedAndCarryNoCorsOrServerHeaders() {
        for (HttpResponse<String> response : List.of(
                kiosk.get("/api/v1/members", kiosk.staffToken),
                kiosk.get("/api/v1/members", null),
                kiosk.get("/api/v1/nowhere", null))) {
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(response.headers().map().keySet())
                    .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-"))
                    .noneMatch(name -> name.equalsIgnoreCase("Server"));
        }
    }

    @Test
    void aCorsPreflightIsRefusedWithoutCorsHeaders() {
        HttpResponse<String> response = kiosk.send(HttpRequest.newBuilder(kiosk.uri("/api/v1/members"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "http://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .build());
        assertThat(TestKiosk.assertProblem(response, 403)).contains("api.cors.origins");
        assertThat(response.headers().map().keySet())
                .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).startsWith("access-control-"));
    }
}
