package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile and clumsy request bodies on the tap route: always a 4xx problem, never a 5xx. */
class RequestBodyApiTest {

    private static final String TAPS = "/api/v1/simulator/taps";
    private static final int MAX_BODY = 256;

    @TempDir
    Path dir;
    TestKiosk kiosk;

    @BeforeEach
    void start() {
        kiosk = TestKiosk.withMaxBody(dir, MAX_BODY);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "malformed JSON          | {\"uid\":                                  | malformed JSON",
        "not JSON at all         | uid=04A3C6CAE26180                         | malformed JSON",
        "trailing garbage        | {\"uid\":\"04A3C6CAE26180\"} x             | malformed JSON",
        "duplicate field         | {\"uid\":\"04A3C6CAE26180\",\"uid\":\"04\"} | malformed JSON",
        "empty body              | ``                                         | empty",
        "an array                | [\"04A3C6CAE26180\"]                       | JSON object",
        "a string                | \"04A3C6CAE26180\"                         | JSON object",
        "unknown field           | {\"uid\":\"04A3C6CAE26180\",\"reader\":\"x\"} | unknown field 'reader'",
        "wrong type number       | {\"uid\":4711}                             | must be a string, not a number",
        "wrong type null         | {\"uid\":null}                             | must be a string, not null",
        "wrong type object       | {\"raw\":{},\"format\":\"dec\"}            | must be a string, not an object",
        "format not a string     | {\"raw\":\"1\",\"format\":1}               | must be a string",
        "both uid and raw        | {\"uid\":\"04A3C6CAE26180\",\"raw\":\"1\",\"format\":\"dec\"} | exactly one",
        "neither                 | {}                                         | exactly one",
        "raw without format      | {\"raw\":\"77842122\"}                     | needs a 'format'",
        "uid with format         | {\"uid\":\"04A3C6CAE26180\",\"format\":\"hex\"} | goes with 'raw'",
    })
    void badBodiesAre400(String name, String body, String expected) {
        HttpResponse<String> response = kiosk.postJson(TAPS, kiosk.staffToken, body);
        assertThat(TestKiosk.assertProblem(response, 400)).contains(expected);
    }

    @Test
    void invalidUtf8Is400() {
        byte[] body = {'{', '"', 'u', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
        HttpResponse<String> response = kiosk.post(TAPS, kiosk.staffToken, "application/json",
                HttpRequest.BodyPublishers.ofByteArray(body));
        assertThat(TestKiosk.assertProblem(response, 400)).contains("UTF-8");
    }

    @Test
    void aByteOrderMarkIsTolerated() {
        HttpResponse<String> response = kiosk.postJson(TAPS, kiosk.staffToken, "\uFEFF{\"uid\":\"04A3C6CAE26180\"}");
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void anOversizedBodyWithContentLengthIs413() {
        String body = "{\"uid\":\"04A3C6CAE26180\",\"pad\":\"" + "x".repeat(MAX_BODY) + "\"}";
        HttpResponse<String> response = kiosk.postJson(TAPS, kiosk.staffToken, body);
        assertThat(TestKiosk.assertProblem(response, 413)).contains(Integer.toString(MAX_BODY));
    }

    @Test
    void anOversizedStreamedBodyWithoutContentLengthIs413() {
        byte[] body = ("{\"uid\":\"04A3C6CAE26180\",\"pad\":\"" + "x".repeat(MAX_BODY) + "\"}")
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = kiosk.post(TAPS, kiosk.staffToken, "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        TestKiosk.assertProblem(response, 413);
    }

    @Test
    void aSmallStreamedBodyIsFine() {
        byte[] body = "{\"uid\":\"04A3C6CAE26180\"}".getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> response = kiosk.post(TAPS, kiosk.staffToken, "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"text/plain", "application/x-www-form-urlencoded",
        "application/json; charset=latin1", "application/jsonx"})
    void otherContentTypesAre415(String contentType) {
        HttpResponse<String> response = kiosk.post(TAPS, kiosk.staffToken, contentType,
                HttpRequest.BodyPublishers.ofString("{\"uid\":\"04A3C6CAE26180\"}"));
        TestKiosk.assertProblem(response, 415);
    }

    @Test
    void aMissingContentTypeIs415() {
        HttpResponse<String> response = kiosk.post(TAPS, kiosk.staffToken, null,
                HttpRequest.BodyPublishers.ofString("{\"uid\":\"04A3C6CAE26180\"}"));
        assertThat(TestKiosk.assertProblem(response, 415)).contains("application/json");
    }

    @Test
    void jsonWithAUtf8CharsetParameterIsAccepted() {
        HttpResponse<String> response = kiosk.post(TAPS, kiosk.staffToken, "Application/JSON; charset=\"UTF-8\"",
                HttpRequest.BodyPublishers.ofString("{\"uid\":\"04A3C6CAE26180\"}"));
        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void authenticationComesBeforeTheBodyIsRead() {
        String body = "x".repeat(MAX_BODY * 2);
        TestKiosk.assertProblem(kiosk.post(TAPS, null, "text/plain", HttpRequest.BodyPublishers.ofString(body)), 401);
    }
}
