package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests so broken that Jetty answers before any handler runs still get problem JSON, not
 * Jetty's HTML error page. Raw sockets, because HttpClient refuses to send such requests.
 */
class JettyErrorsApiTest {

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

    private String exchange(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", kiosk.server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aBadlyEncodedPathIsAProblem() throws IOException {
        String response = exchange("GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertProblemResponse(response, 400);
    }

    @Test
    void anAmbiguousPathIsAProblem() throws IOException {
        String response = exchange(
                "GET /api/v1/%2e%2e/members HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        assertProblemResponse(response, 400);
    }

    @Test
    void brokenChunkedEncodingIsA4xxProblem() throws IOException {
        String response = exchange("POST /api/v1/simulator/taps HTTP/1.1\r\nHost: localhost\r\n"
                + "Authorization: Bearer " + kiosk.staffToken + "\r\nContent-Type: application/json\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nZZ\r\n{}\r\n0\r\n\r\n");
        assertThat(response).startsWith("HTTP/1.1 400");
        assertThat(response).doesNotContain("<html").doesNotContain("Exception");
    }

    private static void assertProblemResponse(String response, int status) {
        assertThat(response).startsWith("HTTP/1.1 " + status);
        assertThat(response).containsIgnoringCase("Content-Type: application/problem+json");
        assertThat(response).contains("\"status\":" + status).contains("\"type\":\"about:blank\"");
        assertThat(response).doesNotContain("<html").doesNotContain("Exception");
    }
}
