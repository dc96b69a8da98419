package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * HTTPS from a PKCS#12 keystore made by the JDK's keytool in the test, served by a real Jetty on
 * loopback and called by a real TLS client that trusts only that keystore's certificate.
 */
class ApiTlsTest {

    private static final String PASSWORD = "kiosk-secret";

    @TempDir
    Path dir;
    TestKiosk kiosk;
    Path keystore;

    @BeforeEach
    void start() throws Exception {
        kiosk = TestKiosk.start(dir);
        keystore = dir.resolve("kiosk.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "kiosk", "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "30",
                "-storetype", "PKCS12", "-keystore", keystore.toString(), "-storepass", PASSWORD,
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(output).isZero();
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private ApiServer https(String password) {
        return ApiServer.newServer(new ApiSettings("127.0.0.1", 0, 4096,
                Optional.of(new ApiTls(keystore, password)), List.of()), kiosk.context);
    }

    private SSLContext trustingTheKiosk() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, PASSWORD.toCharArray());
        }
        KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
        trusted.load(null, null);
        trusted.setCertificateEntry("kiosk", store.getCertificate("kiosk"));
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    @Test
    void theApiAnswersOverHttpsAndTheUriSaysSo() throws Exception {
        try (ApiServer server = https(PASSWORD);
                HttpClient client = HttpClient.newBuilder().sslContext(trustingTheKiosk())
                        .connectTimeout(Duration.ofSeconds(5)).build()) {
            server.start();
            assertThat(server.uri().getScheme()).isEqualTo("https");

            HttpResponse<String> health = client.send(HttpRequest.newBuilder(server.uri().resolve("/api/v1/health"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> members = client.send(HttpRequest.newBuilder(server.uri().resolve("/api/v1/members"))
                    .header("Authorization", "Bearer " + kiosk.staffToken).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.sslSession()).hasValueSatisfying(s -> assertThat(s.getProtocol()).startsWith("TLSv1."));
            assertThat(members.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void plainHttpToTheHttpsPortGetsNoApiAnswer() throws Exception {
        try (ApiServer server = https(PASSWORD); HttpClient plain = HttpClient.newHttpClient()) {
            server.start();
            URI http = URI.create("http://127.0.0.1:" + server.port() + "/api/v1/health");

            Throwable failure = catchThrowable(() -> {
                HttpResponse<String> answer = plain.send(HttpRequest.newBuilder(http).timeout(Duration.ofSeconds(10))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).isNotEqualTo(200);
                assertThat(answer.body()).doesNotContain("uptimeSeconds");
            });
            assertThat(failure == null || failure instanceof IOException).as(String.valueOf(failure)).isTrue();
        }
    }

    @Test
    void aWrongPasswordOrMissingFileStopsTheStartWithAPlainMessage() throws Exception {
        assertThatThrownBy(() -> https("not-it")).isInstanceOf(ApiStartException.class)
                .hasMessageContaining("api.tls.password does not open");

        Path missing = dir.resolve("nope.p12");
        assertThatThrownBy(() -> ApiServer.newServer(new ApiSettings("127.0.0.1", 0, 4096,
                Optional.of(new ApiTls(missing, PASSWORD)), List.of()), kiosk.context))
                .isInstanceOf(ApiStartException.class).hasMessageContaining("there is no file " + missing);

        Path notAKeystore = Files.writeString(dir.resolve("notes.p12"), "not a keystore");
        assertThatThrownBy(() -> ApiServer.newServer(new ApiSettings("127.0.0.1", 0, 4096,
                Optional.of(new ApiTls(notAKeystore, PASSWORD)), List.of()), kiosk.context))
                .isInstanceOf(ApiStartException.class).hasMessageContaining("api.tls.keystore");
    }
}
