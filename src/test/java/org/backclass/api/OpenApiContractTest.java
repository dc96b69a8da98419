package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The route table and openapi.json describe the same API, route by route and role by role. */
class OpenApiContractTest {

    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head",
            "patch", "trace");

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

    /** The full table: the kiosk under test has a simulator, so every route is in it. */
    private List<Route> table() {
        return ApiRoutes.table(kiosk.context, new ApiSettings("127.0.0.1", 0, 1024));
    }

    /** "GET /api/v1/health" -> "open" or the minimum role id, from the table. */
    private Map<String, String> routesInTable() {
        Map<String, String> routes = new TreeMap<>();
        for (Route route : table()) {
            routes.put(route.method() + " " + route.path(), route.minimumRole().map(r -> r.id()).orElse("open"));
        }
        return routes;
    }

    /** The same map, from the document: open means {@code security: []}. */
    private static Map<String, String> routesInDocument(JsonNode doc) {
        Map<String, String> routes = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!HTTP_METHODS.contains(op.getKey())) {
                    continue;
                }
                JsonNode security = op.getValue().get("security");
                boolean open = security != null && security.isArray() && security.isEmpty();
                String access = open ? "open" : op.getValue().path("x-minimum-role").asText("MISSING x-minimum-role");
                routes.put(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey(), access);
            }
        }
        return routes;
    }

    @Test
    void everyRouteIsDocumentedAndEveryDocumentedRouteExists() {
        Map<String, String> inTable = routesInTable();
        Map<String, String> inDocument = routesInDocument(OpenApiHandler.load());

        assertThat(inDocument.keySet()).as("routes in openapi.json").isEqualTo(inTable.keySet());
        assertThat(inDocument).as("open routes and minimum roles in openapi.json").isEqualTo(inTable);
    }

    @Test
    void theDocumentIsServedToAnyTokenWithTheRunningVersion() {
        TestKiosk.assertProblem(kiosk.get("/api/v1/openapi.json", null), 401);
        HttpResponse<String> response = kiosk.get("/api/v1/openapi.json", kiosk.viewerToken);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode doc = TestKiosk.json(response);
        assertThat(doc.path("openapi").asText()).startsWith("3.1.");
        assertThat(doc.path("info").path("version").asText()).isEqualTo(TestKiosk.VERSION);
        assertThat(doc.path("components").path("securitySchemes").path("bearerAuth").path("scheme").asText())
                .isEqualTo("bearer");
        assertThat(doc.path("security").get(0).has("bearerAuth")).isTrue();
        assertThat(routesInDocument(doc)).isEqualTo(routesInTable());
    }

    @Test
    void everySchemaReferenceResolves() {
        JsonNode doc = OpenApiHandler.load();
        Set<String> refs = new TreeSet<>();
        collectRefs(doc, refs);
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            assertThat(doc.at(ref.substring(1)).isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void everyRouteAnswersAsTheTableSays() {
        for (Route route : table()) {
            // A path parameter gets a well-formed value: authentication is checked before it anyway.
            String path = route.path().replaceAll("\\{[^/]+}", java.util.UUID.randomUUID().toString());
            HttpResponse<String> response = kiosk.send(java.net.http.HttpRequest.newBuilder(kiosk.uri(path))
                    .method(route.method(), java.net.http.HttpRequest.BodyPublishers.noBody()).build());
            if (route.isOpen()) {
                assertThat(response.statusCode()).as(route.path()).isEqualTo(200);
            } else {
                TestKiosk.assertProblem(response, 401);
            }
        }
    }

    private static void collectRefs(JsonNode node, Set<String> refs) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectRefs(child, refs));
        }
    }
}
