package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/v1/attendance} narrowed to one class type, one session or one member (and
 * combinations), as JSON pages and as CSV, over real HTTP against a real SQLite file.
 */
class AttendanceFilterApiTest {

    private static final String WEEK = "/api/v1/attendance?from=2025-03-10&to=2025-03-16";

    @TempDir
    Path dir;
    TestKiosk kiosk;
    Member anna;
    Member ben;
    String annaCard;
    String benCard;
    UUID basics;
    UUID mondaySession;

    @BeforeEach
    void seed() {
        kiosk = TestKiosk.start(dir);
        anna = kiosk.member("Anna", "Keller", "M-001");
        ben = kiosk.member("Ben", "Ortiz", "M-002");
        annaCard = kiosk.card(anna, 1);
        benCard = kiosk.card(ben, 2);
        basics = kiosk.timetable.createClassType("Back Basics", "", Duration.ofMinutes(60));
        kiosk.timetable.addWeeklySlot(basics, DayOfWeek.MONDAY, LocalTime.of(18, 0), Duration.ofMinutes(60),
                "Studio 1", kiosk.timetable.createInstructor("Ina"), 12);
        UUID stretch = kiosk.timetable.createClassType("Evening Stretch", "", Duration.ofMinutes(45));
        kiosk.timetable.addWeeklySlot(stretch, DayOfWeek.WEDNESDAY, LocalTime.of(19, 0), Duration.ofMinutes(45),
                "Studio 2", kiosk.timetable.createInstructor("Max"), 12);
        // Monday: both in Back Basics; Tuesday: Anna in the open gym; Wednesday: Ben in Evening Stretch
        kiosk.clock.set(Instant.parse("2025-03-10T16:50:00Z"));
        mondaySession = sessionOf(kiosk.checkIn(annaCard));
        kiosk.clock.advance(Duration.ofMinutes(1));
        kiosk.checkedInId(benCard);
        kiosk.clock.set(Instant.parse("2025-03-11T09:00:00Z"));
        kiosk.checkedInId(annaCard);
        kiosk.clock.set(Instant.parse("2025-03-12T17:55:00Z"));
        kiosk.checkedInId(benCard);
    }

    private static UUID sessionOf(CheckInOutcome outcome) {
        return ((CheckInOutcome.CheckedIn) outcome).attendance().classSessionId();
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private List<String> whoAndWhat(String query) {
        HttpResponse<String> response = kiosk.get(WEEK + query, kiosk.viewerToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        for (JsonNode item : TestKiosk.json(response).path("items")) {
            out.add(item.path("firstName").asText() + " " + item.path("day").asText() + " "
                    + (item.path("openGym").asBoolean() ? "open gym" : item.path("className").asText()));
        }
        return out;
    }

    @Test
    void eachFilterNarrowsTheWeekAndTheyCombine() {
        assertThat(whoAndWhat("")).hasSize(4);
        assertThat(whoAndWhat("&memberId=" + anna.id()))
                .containsExactly("Anna 2025-03-10 Back Basics", "Anna 2025-03-11 open gym");
        assertThat(whoAndWhat("&classTypeId=" + basics))
                .containsExactly("Anna 2025-03-10 Back Basics", "Ben 2025-03-10 Back Basics");
        assertThat(whoAndWhat("&sessionId=" + mondaySession))
                .containsExactly("Anna 2025-03-10 Back Basics", "Ben 2025-03-10 Back Basics");
        assertThat(whoAndWhat("&classTypeId=" + basics + "&memberId=" + ben.id()))
                .containsExactly("Ben 2025-03-10 Back Basics");
        assertThat(whoAndWhat("&memberId=" + UUID.randomUUID())).isEmpty();
    }

    @Test
    void pagesOfAFilteredReportHoldOnlyItsRows() {
        HttpResponse<String> first = kiosk.get(WEEK + "&memberId=" + ben.id() + "&limit=1", kiosk.viewerToken);
        JsonNode page = TestKiosk.json(first);
        assertThat(page.path("items")).hasSize(1);
        String cursor = page.path("nextCursor").asText();
        assertThat(cursor).isNotEmpty();

        JsonNode second = TestKiosk.json(kiosk.get(WEEK + "&memberId=" + ben.id() + "&limit=1&cursor=" + cursor,
                kiosk.viewerToken));

        assertThat(second.path("items")).hasSize(1);
        assertThat(second.path("items").get(0).path("className").asText()).isEqualTo("Evening Stretch");
        assertThat(second.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void csvHoldsTheFilteredRowsOnly() {
        HttpResponse<String> response = kiosk.get(WEEK + "&format=csv&classTypeId=" + basics, kiosk.viewerToken);

        assertThat(response.statusCode()).isEqualTo(200);
        String[] lines = response.body().split("\r\n");
        assertThat(lines).hasSize(3); // header and Monday's two
        assertThat(lines[1]).contains("Anna").contains("Back Basics");
        assertThat(lines[2]).contains("Ben").contains("Back Basics");
    }

    @Test
    void aFilterThatIsNotAUuidIsA400ThatNamesIt() {
        for (String bad : List.of("memberId=anna", "sessionId=..%2F..%2Fetc%2Fpasswd",
                "classTypeId=1%27%20OR%20%271%27%3D%271", "memberId=" + anna.id() + "&memberId=" + ben.id())) {
            HttpResponse<String> response = kiosk.get(WEEK + "&" + bad, kiosk.viewerToken);
            String detail = TestKiosk.assertProblem(response, 400);
            assertThat(detail).as(bad).containsAnyOf("memberId", "sessionId", "classTypeId");
        }
    }
}
