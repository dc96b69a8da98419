package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiServerLifecycleTest {

    @TempDir
    Path dir;

    @Test
    void reportsTheRealPortAndALoopbackUri() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            assertThat(kiosk.server.port()).isPositive();
            assertThat(kiosk.server.uri().toString()).isEqualTo("http://127.0.0.1:" + kiosk.server.port() + "/");
            assertThat(kiosk.get("/api/v1/health", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aPortInUseGivesAClearMessage() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dir);
                ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
            // given
            ApiServer second = ApiServer.newServer(new ApiSettings("127.0.0.1", taken.getLocalPort(), 1024),
                    kiosk.context);
            // when / then
            assertThatThrownBy(second::start)
                    .isInstanceOf(ApiStartException.class)
                    .hasMessage("port " + taken.getLocalPort() + " on 127.0.0.1 is already in use");
            second.close();
        }
    }

    @Test
    void anUnresolvableBindAddressGivesAClearMessage() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            ApiServer server = ApiServer.newServer(new ApiSettings("no-such-host.invalid", 0, 1024), kiosk.context);
            assertThatThrownBy(server::start)
                    .isInstanceOf(ApiStartException.class)
                    .hasMessageContaining("no-such-host.invalid");
            server.close();
        }
    }

    @Test
    void wildcardBindAddressAdvertisesLoopback() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            ApiServer server = ApiServer.newServer(new ApiSettings("0.0.0.0", 0, 1024), kiosk.context);
            try {
                server.start();
                assertThat(server.uri().getHost()).isEqualTo("127.0.0.1");
            } finally {
                server.close();
            }
        }
    }

    @Test
    void closeIsIdempotentAndAClosedServerDoesNotRestart() {
        try (TestKiosk kiosk = TestKiosk.withoutSimulator(dir)) {
            ApiServer server = ApiServer.newServer(new ApiSettings("127.0.0.1", 0, 1024), kiosk.context);
            assertThatCode(server::close).doesNotThrowAnyException();
            assertThatCode(server::close).doesNotThrowAnyException();
            assertThatThrownBy(server::start).isInstanceOf(ApiStartException.class).hasMessageContaining("closed");
            assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void stopsServingOnClose() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            ApiServer server = ApiServer.newServer(new ApiSettings("127.0.0.1", 0, 1024), kiosk.context);
            server.start();
            int port = server.port();
            server.close();
            assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", port).close())
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void settingsAreValidated() {
        assertThatThrownBy(() -> new ApiSettings(" ", 8080, 1024)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiSettings("0.0.0.0", 70_000, 1024)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiSettings("0.0.0.0", 8080, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ApiSettings("0.0.0.0", 0, 1).port()).isZero();
    }
}
