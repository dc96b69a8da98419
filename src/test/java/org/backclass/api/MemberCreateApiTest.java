package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/v1/members} over real HTTP against a real SQLite file: a member is created
 * and can be read back; every bad body is a 400 naming the field and creates nothing.
 */
class MemberCreateApiTest {

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

    private HttpResponse<String> create(String json) {
        return kiosk.postJson("/api/v1/members", kiosk.staffToken, json);
    }

    @Test
    void aMemberIsCreatedAndCanBeReadBack() {
        HttpResponse<String> response = create(
                "{\"firstName\": \" Anna \", \"lastName\": \"Keller\", \"memberNumber\": \"M-001\","
                        + " \"email\": \"anna@example.org\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode created = TestKiosk.json(response);
        String id = created.path("id").asText();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/members/" + id);
        assertThat(created.path("firstName").asText()).isEqualTo("Anna");
        assertThat(created.path("cards")).isEmpty();
        JsonNode read = TestKiosk.json(kiosk.get("/api/v1/members/" + id, kiosk.staffToken));
        assertThat(read.path("memberNumber").asText()).isEqualTo("M-001");
        assertThat(read.path("email").asText()).isEqualTo("anna@example.org");
    }

    @Test
    void aMemberNumberInUseIsAConflictAndOnlyTheFirstNameIsRequired() {
        assertThat(create("{\"firstName\": \"Anna\", \"memberNumber\": \"M-001\"}").statusCode()).isEqualTo(201);

        TestKiosk.assertProblem(create("{\"firstName\": \"Ben\", \"memberNumber\": \"M-001\"}"), 409);
        assertThat(create("{\"firstName\": \"Ben\"}").statusCode()).isEqualTo(201);
        assertThat(TestKiosk.json(kiosk.get("/api/v1/members", kiosk.staffToken)).path("items")).hasSize(2);
    }

    @Test
    void everyBadBodyIsA400NamingTheProblemAndCreatesNothing() {
        for (String[] bad : List.of(
                new String[] {"{\"lastName\": \"Keller\"}", "firstName"},
                new String[] {"{\"firstName\": \"  \"}", "firstName"},
                new String[] {"{\"firstName\": 42}", "firstName"},
                new String[] {"{\"firstName\": \"Anna\", \"role\": \"admin\"}", "role"},
                new String[] {"{\"firstName\": \"Anna\", \"email\": \"not-an-email\"}", "email"},
                new String[] {"{\"firstName\": \"Anna\", \"memberNumber\": \"../../etc\"}", "memberNumber"},
                new String[] {"{\"firstName\": \"Robert'); DROP TABLE member;--\", \"memberNumber\": \"x y\"}",
                        "memberNumber"},
                new String[] {"{\"firstName\": \"Anna\\nKeller\"}", "firstName"},
                new String[] {"{\"firstName\": \"" + "a".repeat(61) + "\"}", "firstName"},
                new String[] {"[\"Anna\"]", "JSON object"},
                new String[] {"{\"firstName\": ", "JSON"})) {
            String detail = TestKiosk.assertProblem(create(bad[0]), 400);
            assertThat(detail).as(bad[0]).contains(bad[1]);
        }
        HttpResponse<String> wrongType = kiosk.post("/api/v1/members", kiosk.staffToken, "text/plain",
                HttpRequest.BodyPublishers.ofString("{\"firstName\": \"Anna\"}"));
        assertThat(wrongType.statusCode()).isEqualTo(415);
        TestKiosk.assertProblem(kiosk.postJson("/api/v1/members", kiosk.viewerToken, "{\"firstName\": \"A\"}"), 403);
        assertThat(TestKiosk.json(kiosk.get("/api/v1/members", kiosk.staffToken)).path("items")).isEmpty();
    }
}
