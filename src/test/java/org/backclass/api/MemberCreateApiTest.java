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
 * {@code POST /api/v1/members} and {@code PATCH /api/v1/members/{id}} over real HTTP against a
 * real SQLite file: a member is created, changed and read back; every bad body is a 400 naming
 * the field and changes nothing.
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

    private HttpResponse<String> change(String id, String json) {
        return kiosk.send(HttpRequest.newBuilder(kiosk.uri("/api/v1/members/" + id))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", "Bearer " + kiosk.staffToken).header("Content-Type", "application/json")
                .build());
    }

    @Test
    void aChangeTouchesOnlyTheFieldsSentAndNullClearsAnOptionalOne() {
        String id = TestKiosk.json(create("{\"firstName\": \"Anna\", \"lastName\": \"Keller\","
                + " \"memberNumber\": \"M-001\", \"email\": \"anna@example.org\"}")).path("id").asText();

        HttpResponse<String> response = change(id, "{\"email\": \"a.keller@example.org\", \"memberNumber\": null}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode read = TestKiosk.json(kiosk.get("/api/v1/members/" + id, kiosk.staffToken));
        assertThat(read.path("firstName").asText()).isEqualTo("Anna");
        assertThat(read.path("lastName").asText()).isEqualTo("Keller");
        assertThat(read.path("email").asText()).isEqualTo("a.keller@example.org");
        assertThat(read.path("memberNumber").isNull()).isTrue();
    }

    @Test
    void badChangesAre4xxAndChangeNothing() {
        String anna = TestKiosk.json(create("{\"firstName\": \"Anna\", \"memberNumber\": \"M-001\"}"))
                .path("id").asText();
        create("{\"firstName\": \"Ben\", \"memberNumber\": \"M-002\"}");

        TestKiosk.assertProblem(change(anna, "{\"memberNumber\": \"M-002\"}"), 409);
        assertThat(TestKiosk.assertProblem(change(anna, "{\"firstName\": null}"), 400)).contains("firstName");
        assertThat(TestKiosk.assertProblem(change(anna, "{\"staff\": true}"), 400)).contains("staff");
        TestKiosk.assertProblem(change(java.util.UUID.randomUUID().toString(), "{\"email\": \"x@y.org\"}"), 404);
        TestKiosk.assertProblem(change("..%2F..%2Fetc", "{}"), 400);
        assertThat(change(anna, "{\"memberNumber\": \"M-001\"}").statusCode()).as("its own number").isEqualTo(200);
        JsonNode read = TestKiosk.json(kiosk.get("/api/v1/members/" + anna, kiosk.staffToken));
        assertThat(read.path("memberNumber").asText()).isEqualTo("M-001");
        assertThat(read.path("firstName").asText()).isEqualTo("Anna");
    }

    @Test
    void sqlLookingNamesAreStoredAsTheTextTheyAreAndFoundAgain() {
        String name = "Robert'); DROP TABLE member;--";

        HttpResponse<String> response = create("{\"firstName\": \"" + name + "\", \"lastName\": \"1' OR '1'='1\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(kiosk.members.listWithCards()).singleElement().satisfies(m -> {
            assertThat(m.name().firstName()).isEqualTo(name);
            assertThat(m.name().lastName()).isEqualTo("1' OR '1'='1");
        });
        HttpResponse<String> search = kiosk.get("/api/v1/members?q=Robert%27)", kiosk.staffToken);
        assertThat(TestKiosk.json(search).path("items")).hasSize(1);
        assertThat(TestKiosk.json(kiosk.get("/api/v1/members?q=%27%20OR%20%271%27%3D%271", kiosk.staffToken))
                .path("items")).isEmpty();
    }
}
