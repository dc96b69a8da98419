package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.backclass.domain.reader.ReaderStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HealthApiTest {

    @TempDir
    Path dir;

    @Test
    void isOpenAndReportsEverything() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            // when
            HttpResponse<String> response = kiosk.get("/api/v1/health", null);
            // then
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
            JsonNode body = TestKiosk.json(response);
            assertThat(body.path("status").asText()).isEqualTo("ok");
            assertThat(body.path("version").asText()).isEqualTo(TestKiosk.VERSION);
            assertThat(body.path("uptimeSeconds").asLong()).isEqualTo(90);
            assertThat(body.path("database").path("ok").asBoolean()).isTrue();
            JsonNode reader = body.path("readers").get(0);
            assertThat(reader.path("id").asText()).isEqualTo("sim-1");
            assertThat(reader.path("type").asText()).isEqualTo("simulated");
            assertThat(reader.path("state").asText()).isEqualTo("online");
            assertThat(reader.path("detail").asText()).isNotBlank();
            assertThat(reader.path("lastReadAt").isNull()).isTrue();
            assertThat(reader.path("errorCount").asLong()).isZero();
        }
    }

    @Test
    void uptimeFollowsTheClock() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            kiosk.clock.advance(java.time.Duration.ofMinutes(2));
            assertThat(TestKiosk.json(kiosk.get("/api/v1/health", null)).path("uptimeSeconds").asLong())
                    .isEqualTo(210);
        }
    }

    @Test
    void anOfflineReaderMakesItDegradedButStill200() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            kiosk.reader.close();
            HttpResponse<String> response = kiosk.get("/api/v1/health", null);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = TestKiosk.json(response);
            assertThat(body.path("status").asText()).isEqualTo("degraded");
            assertThat(body.path("readers").get(0).path("state").asText()).isEqualTo("offline");
            assertThat(body.path("database").path("ok").asBoolean()).isTrue();
        }
    }

    @Test
    void aClosedDatabaseMakesItDegraded() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            kiosk.db.close();
            JsonNode body = TestKiosk.json(kiosk.get("/api/v1/health", null));
            assertThat(body.path("status").asText()).isEqualTo("degraded");
            assertThat(body.path("database").path("ok").asBoolean()).isFalse();
        }
    }

    @Test
    void failingProbesAreReportedNotThrown() {
        try (TestKiosk kiosk = TestKiosk.customized(dir, c -> new ApiContext(c.version(), c.startedAt(), c.clock(),
                c.tokens(), c.attendance(), c.members(), () -> {
                    throw new IllegalStateException("probe broke");
                }, () -> {
                    throw new IllegalStateException("readers broke");
                }, c.simulator(), c.progress(), c.classProgress(), c.redFlags(), c.timetable(), c.rosters(),
                c.metrics(), c.privacy(), c.audit(), c.memberImport(), c.cardCaptures()))) {
            HttpResponse<String> response = kiosk.get("/api/v1/health", null);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode body = TestKiosk.json(response);
            assertThat(body.path("status").asText()).isEqualTo("degraded");
            assertThat(body.path("database").path("ok").asBoolean()).isFalse();
            assertThat(body.path("readers").isArray()).isTrue();
        }
    }

    @Test
    void noReadersAtAllIsOk() {
        try (TestKiosk kiosk = TestKiosk.customized(dir, c -> new ApiContext(c.version(), c.startedAt(), c.clock(),
                c.tokens(), c.attendance(), c.members(), c.databaseHealthy(), List::<ReaderStatus>of,
                c.simulator(), c.progress(), c.classProgress(), c.redFlags(), c.timetable(), c.rosters(),
                c.metrics(), c.privacy(), c.audit(), c.memberImport(), c.cardCaptures()))) {
            JsonNode body = TestKiosk.json(kiosk.get("/api/v1/health", null));
            assertThat(body.path("status").asText()).isEqualTo("ok");
            assertThat(body.path("readers")).isEmpty();
        }
    }
}
