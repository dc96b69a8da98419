package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guessing tokens is slowed down per address, over real HTTP on loopback: five wrong tokens are
 * free, then the address waits (429 with Retry-After, without a token check) for a pause that
 * doubles; a valid token forgets the failures; another address is not affected.
 */
class TokenGuessingApiTest {

    private static final String PATH = "/api/v1/attendance";

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

    private int status(String token) {
        return kiosk.get(PATH, token).statusCode();
    }

    @Test
    void afterFiveWrongTokensTheAddressWaitsEvenWithTheRightOne() {
        for (int i = 0; i < FailedTokenLimiter.FREE_FAILURES + 1; i++) {
            assertThat(status("bc_wrong-" + i)).as("wrong token %d", i + 1).isEqualTo(401);
        }

        HttpResponse<String> refused = kiosk.get(PATH, kiosk.viewerToken);
        TestKiosk.assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("1");

        kiosk.clock.advance(Duration.ofSeconds(2));
        assertThat(status(kiosk.viewerToken)).as("after the pause, and forgetting the failures").isEqualTo(200);
        for (int i = 0; i < FailedTokenLimiter.FREE_FAILURES; i++) {
            assertThat(status("bc_wrong-again-" + i)).isEqualTo(401);
        }
        assertThat(status(kiosk.viewerToken)).as("five are free again after a success").isEqualTo(200);
    }

    @Test
    void thePauseDoublesWhileTheGuessingGoesOn() {
        for (int i = 0; i < FailedTokenLimiter.FREE_FAILURES + 1; i++) {
            status("bc_wrong-" + i);
        }
        kiosk.clock.advance(Duration.ofMillis(1500));
        assertThat(status("bc_wrong-7")).isEqualTo(401);

        HttpResponse<String> refused = kiosk.get(PATH, "bc_wrong-8");
        TestKiosk.assertProblem(refused, 429);
        assertThat(refused.headers().firstValue("Retry-After")).hasValue("2");
    }

    @Test
    void anotherAddressIsNotSlowedDown() throws Exception {
        for (int i = 0; i < FailedTokenLimiter.FREE_FAILURES + 1; i++) {
            status("bc_wrong-" + i);
        }
        TestKiosk.assertProblem(kiosk.get(PATH, kiosk.viewerToken), 429);

        HttpClient fromElsewhere = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        HttpResponse<String> response = fromElsewhere.send(HttpRequest.newBuilder(kiosk.uri(PATH))
                .header("Authorization", "Bearer " + kiosk.viewerToken).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
    }
}
