package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.member.Member;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.store.JdbcConsentStore;
import org.backclass.store.JdbcPainReportStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/sessions}: the day's class sessions with who checked in, for a viewer, over
 * real HTTP against a real SQLite file — short names only, never pain.
 */
class SessionsApiTest {

    @TempDir
    Path dir;
    TestKiosk kiosk;
    Member anna;
    java.util.UUID basics;

    @BeforeEach
    void seed() {
        kiosk = TestKiosk.start(dir);
        anna = kiosk.member("Anna", "Keller", "M-001");
        String annaCard = kiosk.card(anna, 1);
        new JdbcConsentStore(kiosk.db, kiosk.clock).record(anna.id(), true, HealthConsent.RecordedBy.MEMBER);
        String benCard = kiosk.card(kiosk.member("Ben", "Ortiz", "M-002"), 2);
        basics = kiosk.timetable.createClassType("Back Basics", "", Duration.ofMinutes(60));
        kiosk.timetable.addWeeklySlot(basics, DayOfWeek.MONDAY, LocalTime.of(18, 0), Duration.ofMinutes(60),
                "Studio 1", kiosk.timetable.createInstructor("Ina"), 12);
        java.util.UUID stretch = kiosk.timetable.createClassType("Evening Stretch", "", Duration.ofMinutes(45));
        kiosk.timetable.addWeeklySlot(stretch, DayOfWeek.MONDAY, LocalTime.of(20, 0), Duration.ofMinutes(45),
                "Studio 2", kiosk.timetable.createInstructor("Max"), 8);
        // Monday 2025-03-10, 17:50 Berlin: Anna (who says 7 for her back) and Ben tap in for Back Basics
        kiosk.clock.set(Instant.parse("2025-03-10T16:50:00Z"));
        java.util.UUID visit = kiosk.checkedInId(annaCard);
        new JdbcPainReportStore(kiosk.db, kiosk.clock).add(new PainReport(java.util.UUID.randomUUID(), anna.id(),
                visit, 7, PainReport.AT_CHECK_IN, kiosk.clock.instant()));
        kiosk.clock.advance(Duration.ofMinutes(2));
        kiosk.checkedInId(benCard);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void todaysSessionsInOrderWithTheirRostersByShortName() {
        HttpResponse<String> response = kiosk.get("/api/v1/sessions", kiosk.viewerToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = TestKiosk.json(response);
        assertThat(body.path("date").asText()).isEqualTo("2025-03-10");
        JsonNode items = body.path("items");
        assertThat(items).hasSize(2);
        JsonNode basics = items.get(0);
        assertThat(basics.path("className").asText()).isEqualTo("Back Basics");
        assertThat(basics.path("classTypeId").asText()).isEqualTo(this.basics.toString());
        assertThat(basics.path("startsAt").asText()).isEqualTo("2025-03-10T17:00:00Z");
        assertThat(basics.path("room").asText()).isEqualTo("Studio 1");
        assertThat(basics.path("capacity").asInt()).isEqualTo(12);
        assertThat(basics.path("closed").asBoolean()).isFalse();
        assertThat(basics.path("checkedIn").asInt()).isEqualTo(2);
        assertThat(basics.path("roster").get(0).path("shortName").asText()).isEqualTo("Anna K.");
        assertThat(basics.path("roster").get(0).path("memberId").asText()).isEqualTo(anna.id().toString());
        assertThat(basics.path("roster").get(1).path("shortName").asText()).isEqualTo("Ben O.");
        assertThat(items.get(1).path("className").asText()).isEqualTo("Evening Stretch");
        assertThat(items.get(1).path("checkedIn").asInt()).isZero();
        assertThat(response.body()).doesNotContain("Keller").doesNotContain("M-001").doesNotContain("pain");
    }

    @Test
    void anotherDayAndADayWithoutClasses() {
        JsonNode nextMonday = TestKiosk.json(kiosk.get("/api/v1/sessions?date=2025-03-17", kiosk.viewerToken));
        assertThat(nextMonday.path("items")).hasSize(2);
        assertThat(nextMonday.path("items").get(0).path("checkedIn").asInt()).isZero();

        JsonNode tuesday = TestKiosk.json(kiosk.get("/api/v1/sessions?date=2025-03-11", kiosk.viewerToken));
        assertThat(tuesday.path("date").asText()).isEqualTo("2025-03-11");
        assertThat(tuesday.path("items")).isEmpty();
    }

    @Test
    void badDatesAndUnknownParametersAre400sAndATokenIsNeeded() {
        for (String bad : new String[] {"?date=10.03.2025", "?date=2025-02-30", "?date=%27%3B%20DROP%20TABLE%20x",
                "?day=2025-03-10", "?date=2025-03-10&date=2025-03-11"}) {
            TestKiosk.assertProblem(kiosk.get("/api/v1/sessions" + bad, kiosk.viewerToken), 400);
        }
        TestKiosk.assertProblem(kiosk.get("/api/v1/sessions", null), 401);
    }
}
