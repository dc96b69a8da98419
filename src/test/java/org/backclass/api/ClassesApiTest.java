package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/classes}: the weekly timetable for a viewer, over real HTTP on a real SQLite file. */
class ClassesApiTest {

    @TempDir
    Path dir;
    TestKiosk kiosk;
    UUID basics;
    UUID stretch;

    @BeforeEach
    void seed() {
        kiosk = TestKiosk.start(dir);
        UUID ina = kiosk.timetable.createInstructor("Ina");
        stretch = kiosk.timetable.createClassType("Evening Stretch", "Slow and gentle", Duration.ofMinutes(45),
                "stretch");
        basics = kiosk.timetable.createClassType("Back Basics", "", Duration.ofMinutes(60));
        // Added out of order: the answer sorts by day, then time.
        kiosk.timetable.addWeeklySlot(basics, DayOfWeek.THURSDAY, LocalTime.of(9, 30), Duration.ofMinutes(60),
                "Studio 2", ina, 10);
        kiosk.timetable.addWeeklySlot(basics, DayOfWeek.MONDAY, LocalTime.of(18, 0), Duration.ofMinutes(60),
                "Studio 1", ina, 12);
        kiosk.timetable.addOneOffSession(stretch, Instant.parse("2025-03-12T18:00:00Z"), Duration.ofMinutes(45),
                "Hall", null, 20);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void classTypesByNameWithTheirWeeklySlotsByDayAndTime() {
        HttpResponse<String> response = kiosk.get("/api/v1/classes", kiosk.viewerToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode items = TestKiosk.json(response).path("items");
        assertThat(items).hasSize(2);
        JsonNode first = items.get(0);
        assertThat(first.path("id").asText()).isEqualTo(basics.toString());
        assertThat(first.path("name").asText()).isEqualTo("Back Basics");
        assertThat(first.path("durationMinutes").asInt()).isEqualTo(60);
        assertThat(first.path("programmeId").isNull()).isTrue();
        JsonNode slots = first.path("slots");
        assertThat(slots).hasSize(2);
        assertThat(slots.get(0).path("dayOfWeek").asText()).isEqualTo("MONDAY");
        assertThat(slots.get(0).path("startTime").asText()).isEqualTo("18:00:00");
        assertThat(slots.get(0).path("room").asText()).isEqualTo("Studio 1");
        assertThat(slots.get(0).path("capacity").asInt()).isEqualTo(12);
        assertThat(slots.get(1).path("dayOfWeek").asText()).isEqualTo("THURSDAY");
        assertThat(slots.get(1).path("startTime").asText()).isEqualTo("09:30:00");

        JsonNode second = items.get(1);
        assertThat(second.path("name").asText()).isEqualTo("Evening Stretch");
        assertThat(second.path("description").asText()).isEqualTo("Slow and gentle");
        assertThat(second.path("programmeId").asText()).isEqualTo("stretch");
        assertThat(second.path("slots")).as("a one-off session is not a weekly slot").isEmpty();
    }

    @Test
    void anEmptyTimetableIsAnEmptyList() {
        try (TestKiosk empty = TestKiosk.start(dir.resolve("empty"))) {
            JsonNode body = TestKiosk.json(empty.get("/api/v1/classes", empty.viewerToken));
            assertThat(body.path("items").isArray()).isTrue();
            assertThat(body.path("items")).isEmpty();
        }
    }

    @Test
    void unknownParametersAre400sAndATokenIsNeeded() {
        TestKiosk.assertProblem(kiosk.get("/api/v1/classes?day=MONDAY", kiosk.viewerToken), 400);
        TestKiosk.assertProblem(kiosk.get("/api/v1/classes", null), 401);
    }
}
