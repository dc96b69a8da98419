package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Garbage sent to every route of the table — path parameters, query strings, bodies — over real
 * HTTP on a real SQLite file: each answer is a 4xx problem that leaks nothing internal, never a
 * 5xx, and nothing in the database changes. The cases are derived from {@link ApiRoutes#table},
 * so a route added later is swept without touching this test. The inputs live in {@link BadInputs}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BadInputSweepTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{([^/}]+)}");

    @TempDir
    static Path dir;
    TestKiosk kiosk;
    Member anna;
    String annasCardId;

    @BeforeAll
    void start() {
        kiosk = TestKiosk.start(dir);
        anna = kiosk.member("Anna", "Keller", "M-001");
        kiosk.card(anna, 1);
        annasCardId = kiosk.members.listWithCards().get(0).cards().get(0).id().toString();
        kiosk.checkedInId(kiosk.card(kiosk.member("Bernd", "Vogel", "M-002"), 2));
    }

    @AfterAll
    void stop() {
        kiosk.close();
    }

    /** One request built against the running kiosk, with the statuses it may get. */
    record Case(String name, String method, String path, String contentType, byte[] body, int lowest, int highest) {
        @Override
        public String toString() {
            return name;
        }
    }

    private List<Route> routes() {
        return ApiRoutes.table(kiosk.context, new ApiSettings("127.0.0.1", 0, 4096));
    }

    Stream<Arguments> cases() {
        List<Case> cases = new ArrayList<>();
        for (Route route : routes()) {
            String label = route.method() + " " + route.path();
            Matcher params = PARAMETER.matcher(route.path());
            while (params.find()) {
                String param = params.group(1);
                for (String junk : BadInputs.PATH) {
                    String path = route.path().replace("{" + param + "}", junk).replaceAll("\\{[^/}]+}",
                            UUID.randomUUID().toString());
                    cases.add(new Case(label + " with " + param + "=" + shorten(junk), route.method(), path,
                            "application/json", "{}".getBytes(StandardCharsets.UTF_8), 400, 499));
                }
            }
            String somewhere = route.path().replaceAll("\\{[^/}]+}", UUID.randomUUID().toString());
            for (String query : BadInputs.QUERY) {
                cases.add(new Case(label + " ?" + shorten(query), route.method(), somewhere + "?" + query,
                        "application/json", "{}".getBytes(StandardCharsets.UTF_8), 400, 499));
            }
            if (route.method().equals("POST") || route.method().equals("PATCH")) {
                // A real member and card, so that the body is what is refused, not the path.
                String real = route.path().replace("{id}", anna.id().toString()).replace("{cardId}", annasCardId)
                        .replaceAll("\\{[^/}]+}", UUID.randomUUID().toString());
                for (BadInputs.Body body : BadInputs.BODIES) {
                    cases.add(new Case(label + " body " + body.name(), route.method(), real, body.contentType(),
                            body.bytes(), body.status(), body.status() == 0 ? 499 : body.status()));
                }
            }
        }
        return cases.stream().map(c -> Arguments.of(c));
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 37) + "…" : s;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void garbageIsAFourHundredProblemAndChangesNothing(Case c) {
        String before = DatabaseDigest.of(kiosk.db);
        boolean withBody = !c.method().equals("GET") && !c.method().equals("DELETE");
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + kiosk.adminToken);
        if (withBody && c.contentType() != null) {
            headers.put("Content-Type", c.contentType());
        }
        RawHttp.Answer answer = RawHttp.send(kiosk.uri("/"), c.method(), c.path(), headers, withBody ? c.body() : null);

        int lowest = c.lowest() == 0 ? 400 : c.lowest();
        assertThat(answer.status()).as(c.name() + ": " + answer.body()).isBetween(lowest, c.highest());
        assertThat(answer.header("Content-Type")).as(c.name()).isEqualTo("application/problem+json");
        JsonNode problem;
        try {
            problem = TestKiosk.JSON.readTree(answer.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(c.name() + ": not JSON: " + answer.body(), e);
        }
        assertThat(problem.path("status").asInt()).isEqualTo(answer.status());
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertLeaksNothing(answer.body());
        assertThat(DatabaseDigest.of(kiosk.db)).as("nothing written by " + c.name()).isEqualTo(before);
    }

    /** One answer, head and body, without waiting for a close the server need not make (a 405 keeps the connection). */
    private static String oneAnswer(java.io.InputStream in) throws java.io.IOException {
        java.io.ByteArrayOutputStream head = new java.io.ByteArrayOutputStream();
        while (!head.toString(java.nio.charset.StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String text = head.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        java.util.regex.Matcher length = java.util.regex.Pattern.compile("(?i)content-length: *(\\d+)").matcher(text);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return text + new String(body, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static void assertLeaksNothing(String body) {
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.backclass")
                .doesNotContain("SQLITE").doesNotContain("jetty").doesNotContain("fasterxml")
                .doesNotContain("StreamRead").doesNotContain("REDACTED");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"GET /api/v1/health HTTP/9.9", "GET /api/v1/%00 HTTP/1.1", "BREW /api/v1/health HTTP/1.1",
            "GET /api/v1/health%ZZ HTTP/1.1", "GET /api/v1/health HTTP/1.1 extra"})
    void aBrokenRequestLineIsAFourHundredProblemThatAnnouncesTheClose(String requestLine) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(kiosk.uri("/").getHost(), kiosk.uri("/").getPort())) {
            socket.setSoTimeout(20_000);
            socket.getOutputStream().write((requestLine + "\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            String answer = oneAnswer(socket.getInputStream());

            int status = Integer.parseInt(answer.substring(9, 12));
            assertThat(status).as(answer).isBetween(400, 499);
            assertLeaksNothing(answer);
            if (status == 400) {
                assertThat(answer.toLowerCase(java.util.Locale.ROOT)).contains("connection: close");
            }
        }
    }
}
