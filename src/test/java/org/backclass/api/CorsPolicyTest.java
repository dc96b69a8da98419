package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cross-origin access over real HTTP, with requests as browsers send them (raw sockets: the JDK's
 * HTTP client will not set {@code Origin}).
 */
class CorsPolicyTest {

    private static final String DESK = "https://desk.gym.local:8443";
    private static final String EVIL = "https://evil.example";

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

    private static Map<String, String> preflight(String origin) {
        return Map.of("Origin", origin, "Access-Control-Request-Method", "GET",
                "Access-Control-Request-Headers", "authorization");
    }

    private RawHttp.Answer get(ApiServer server, String origin, String token) {
        return RawHttp.send(server.uri(), "GET", "/api/v1/members", token == null ? Map.of("Origin", origin)
                : Map.of("Origin", origin, "Authorization", "Bearer " + token), null);
    }

    @Test
    void closedByDefaultAPreflightIsRefusedAndNoAnswerAllowsAnotherOrigin() {
        RawHttp.Answer refused = RawHttp.send(kiosk.server.uri(), "OPTIONS", "/api/v1/members", preflight(DESK), null);
        RawHttp.Answer read = get(kiosk.server, DESK, kiosk.staffToken);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.body()).contains("api.cors.origins");
        assertThat(refused.header("Access-Control-Allow-Origin")).isNull();
        assertThat(read.status()).as("the server answers; the browser withholds it").isEqualTo(200);
        assertThat(read.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void aListedOriginIsAllowedExactlyAndOthersAreNot() {
        try (ApiServer server = ApiServer.newServer(new ApiSettings("127.0.0.1", 0, 4096, Optional.empty(),
                List.of(DESK)), kiosk.context)) {
            server.start();

            RawHttp.Answer allowed = RawHttp.send(server.uri(), "OPTIONS", "/api/v1/members", preflight(DESK), null);
            assertThat(allowed.status()).isEqualTo(204);
            assertThat(allowed.header("Access-Control-Allow-Origin")).isEqualTo(DESK);
            assertThat(allowed.header("Access-Control-Allow-Methods")).isEqualTo(CorsPolicy.METHODS);
            assertThat(allowed.header("Access-Control-Allow-Headers")).contains("Authorization");
            assertThat(allowed.header("Vary")).contains("Origin");
            assertThat(allowed.header("Access-Control-Allow-Credentials")).isNull();

            RawHttp.Answer read = get(server, DESK, kiosk.staffToken);
            assertThat(read.status()).isEqualTo(200);
            assertThat(read.header("Access-Control-Allow-Origin")).isEqualTo(DESK);
            assertThat(read.header("Access-Control-Expose-Headers")).contains("Content-Disposition");

            RawHttp.Answer csv = RawHttp.send(server.uri(), "GET", "/api/v1/attendance?format=csv",
                    Map.of("Origin", DESK, "Authorization", "Bearer " + kiosk.viewerToken), null);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.header("Access-Control-Allow-Origin")).isEqualTo(DESK);
            assertThat(csv.header("Vary")).as("caches keep origins and formats apart").contains("Origin")
                    .contains("Accept");

            RawHttp.Answer problem = get(server, DESK, null);
            assertThat(problem.status()).isEqualTo(401);
            assertThat(problem.header("Access-Control-Allow-Origin")).as("the page may read why").isEqualTo(DESK);

            assertThat(RawHttp.send(server.uri(), "OPTIONS", "/api/v1/members", preflight(EVIL), null).status())
                    .isEqualTo(403);
            assertThat(RawHttp.send(server.uri(), "OPTIONS", "/api/v1/members", preflight(DESK + ".evil.example"),
                    null).status()).isEqualTo(403);
            assertThat(get(server, EVIL, kiosk.staffToken).header("Access-Control-Allow-Origin")).isNull();
        }
    }
}
