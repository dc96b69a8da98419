package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/attendance/rates}: attendance per member against the sessions of their own
 * weekly slots, over real HTTP on a real SQLite file. Two weeks of Monday and Thursday classes
 * at 18:00 from Monday 2025-03-10; "today" is Friday 2025-03-21.
 */
class AttendanceRatesApiTest {

    private static final LocalDate WEEK_1 = LocalDate.of(2025, 3, 10);
    private static final String RANGE = "from=2025-03-10&to=2025-03-21";

    @TempDir
    Path dir;
    TestKiosk kiosk;
    Member anna;
    Member ben;
    Member cleo;
    Member dora;
    String annaCard;
    String benCard;
    String cleoCard;
    String doraCard;

    @BeforeEach
    void seed() {
        kiosk = TestKiosk.start(dir);
        UUID basics = kiosk.timetable.createClassType("Back Basics", "", Duration.ofMinutes(60));
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)) {
            kiosk.timetable.addWeeklySlot(basics, d, LocalTime.of(18, 0), Duration.ofMinutes(60), "Studio 1", null,
                    12);
        }
        anna = kiosk.member("Anna", "Keller", "M-001");
        annaCard = kiosk.card(anna, 1);
        ben = kiosk.member("Ben", "Ortiz", "M-002");
        benCard = kiosk.card(ben, 2);
        cleo = kiosk.member("Cleo", "Weiss", "M-003");
        cleoCard = kiosk.card(cleo, 3);
        dora = kiosk.member("Dora", "Lang", "M-004");
        doraCard = kiosk.card(dora, 4);
        kiosk.member("Emil", "Never", "M-005"); // never came: not listed
        // Anna comes to all four classes; Ben misses the last; Cleo comes on the first Monday only.
        classDay(WEEK_1, annaCard, benCard, cleoCard);
        classDay(WEEK_1.plusDays(3), annaCard, benCard);
        classDay(WEEK_1.plusWeeks(1), annaCard, benCard);
        classDay(WEEK_1.plusWeeks(1).plusDays(3), annaCard);
        // Dora only ever comes to open gym (a Tuesday at noon, no class then).
        at(WEEK_1.plusDays(1), LocalTime.NOON);
        kiosk.checkedInId(doraCard);
        at(LocalDate.of(2025, 3, 21), LocalTime.of(9, 0));
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private void at(LocalDate day, LocalTime time) {
        kiosk.clock.set(day.atTime(time).atZone(TestKiosk.ZONE).toInstant());
    }

    /** The kiosk opens the day (its sessions exist, so they can be missed), then these cards tap in. */
    private void classDay(LocalDate day, String... cards) {
        at(day, LocalTime.of(17, 50));
        kiosk.timetable.sessionsOn(day);
        for (String card : cards) {
            kiosk.checkedInId(card);
        }
    }

    private static List<String> column(JsonNode items, String field) {
        List<String> out = new ArrayList<>();
        items.forEach(item -> out.add(item.path(field).asText()));
        return out;
    }

    @Test
    void everyMemberWhoCameLowestFirstAgainstTheirOwnSlots() {
        HttpResponse<String> response = kiosk.get("/api/v1/attendance/rates?" + RANGE, kiosk.viewerToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = TestKiosk.json(response);
        assertThat(body.path("from").asText()).isEqualTo("2025-03-10");
        assertThat(body.path("to").asText()).isEqualTo("2025-03-21");
        JsonNode items = body.path("items");
        assertThat(column(items, "shortName")).containsExactly("Cleo W.", "Ben O.", "Anna K.", "Dora L.");
        // Cleo's own slot is Monday only (the one she came to): 1 of 2 Mondays.
        assertThat(items.get(0).path("memberId").asText()).isEqualTo(cleo.id().toString());
        assertThat(items.get(0).path("attended").asInt()).isEqualTo(1);
        assertThat(items.get(0).path("scheduled").asInt()).isEqualTo(2);
        assertThat(items.get(0).path("percent").asInt()).isEqualTo(50);
        assertThat(items.get(1).path("attended").asInt()).isEqualTo(3);
        assertThat(items.get(1).path("scheduled").asInt()).isEqualTo(4);
        assertThat(items.get(1).path("percent").asInt()).isEqualTo(75);
        assertThat(items.get(2).path("percent").asInt()).isEqualTo(100);
        // Open gym only: nothing scheduled, so no percentage rather than a made-up 0 or 100.
        assertThat(items.get(3).path("scheduled").asInt()).isZero();
        assertThat(items.get(3).path("percent").isNull()).isTrue();
        assertThat(response.body()).doesNotContain("Keller").doesNotContain("M-00").doesNotContain("Emil");
    }

    @Test
    void belowKeepsOnlyMembersUnderTheThresholdAndNeverThoseWithNothingScheduled() {
        JsonNode under75 = TestKiosk.json(kiosk.get("/api/v1/attendance/rates?" + RANGE + "&below=75",
                kiosk.viewerToken)).path("items");
        assertThat(column(under75, "shortName")).containsExactly("Cleo W.");

        JsonNode under76 = TestKiosk.json(kiosk.get("/api/v1/attendance/rates?" + RANGE + "&below=76",
                kiosk.viewerToken)).path("items");
        assertThat(column(under76, "shortName")).containsExactly("Cleo W.", "Ben O.");

        JsonNode everyone = TestKiosk.json(kiosk.get("/api/v1/attendance/rates?" + RANGE + "&below=100",
                kiosk.viewerToken)).path("items");
        assertThat(column(everyone, "shortName")).containsExactly("Cleo W.", "Ben O.");

        JsonNode none = TestKiosk.json(kiosk.get("/api/v1/attendance/rates?" + RANGE + "&below=0",
                kiosk.viewerToken)).path("items");
        assertThat(none).isEmpty();
    }

    @Test
    void onlyTheSessionsInTheRangeThatAreOverCount() {
        // The second week alone: Ben missed Thursday.
        JsonNode week2 = TestKiosk.json(kiosk.get("/api/v1/attendance/rates?from=2025-03-17&to=2025-03-23",
                kiosk.viewerToken)).path("items");
        assertThat(column(week2, "shortName")).containsExactly("Cleo W.", "Ben O.", "Anna K.", "Dora L.");
        assertThat(column(week2, "percent")).containsExactly("0", "50", "100", "null");

        // On the second Thursday morning that day's class is not over: it is not counted yet.
        at(WEEK_1.plusWeeks(1).plusDays(3), LocalTime.of(9, 0));
        JsonNode thursdayMorning = TestKiosk.json(kiosk.get("/api/v1/attendance/rates?from=2025-03-17&to=2025-03-23",
                kiosk.viewerToken)).path("items");
        assertThat(column(thursdayMorning, "scheduled")).containsExactly("1", "1", "1", "0");
    }

    @Test
    void csvHasOneRowAMemberAndAnEmptyPercentWhenNothingWasScheduled() {
        HttpResponse<String> response = kiosk.get("/api/v1/attendance/rates?" + RANGE + "&format=csv",
                kiosk.viewerToken);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"attendance-rates-2025-03-10-2025-03-21.csv\"");
        assertThat(response.body()).isEqualTo("memberId,shortName,attended,scheduled,percent\r\n"
                + cleo.id() + ",Cleo W.,1,2,50\r\n"
                + ben.id() + ",Ben O.,3,4,75\r\n"
                + anna.id() + ",Anna K.,4,4,100\r\n"
                + dora.id() + ",Dora L.,0,0,\r\n");

        HttpResponse<String> byAccept = kiosk.get("/api/v1/attendance/rates?" + RANGE + "&below=60",
                kiosk.viewerToken, "Accept", "text/csv");
        assertThat(byAccept.body()).isEqualTo("memberId,shortName,attended,scheduled,percent\r\n"
                + cleo.id() + ",Cleo W.,1,2,50\r\n");
    }

    @Test
    void badInputIsA400ProblemAndATokenIsNeeded() {
        for (String bad : new String[] {"", "?from=2025-03-10", "?to=2025-03-21", "?from=10.03.2025&to=2025-03-21",
                "?from=2025-03-10&to=2025-02-30", "?from=2025-03-21&to=2025-03-10",
                "?from=2024-01-01&to=2025-03-21", "?" + RANGE + "&below=101", "?" + RANGE + "&below=-1",
                "?" + RANGE + "&below=abc", "?" + RANGE + "&below=", "?" + RANGE + "&below=50&below=60",
                "?" + RANGE + "&threshold=75", "?" + RANGE + "&format=xml",
                "?from=%27%3B%20DROP%20TABLE%20member&to=2025-03-21"}) {
            TestKiosk.assertProblem(kiosk.get("/api/v1/attendance/rates" + bad, kiosk.viewerToken), 400);
        }
        TestKiosk.assertProblem(kiosk.get("/api/v1/attendance/rates?" + RANGE, null), 401);
    }
}
