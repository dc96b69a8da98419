package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AttendanceApiTest {

    @TempDir
    Path dir;
    TestKiosk kiosk;
    Member anna;
    String annaCard;
    String benCard;
    UUID classId;

    @BeforeEach
    void seed() {
        kiosk = TestKiosk.start(dir);
        anna = kiosk.member("Anna", "Keller", "M-001");
        annaCard = kiosk.card(anna, 1);
        benCard = kiosk.card(kiosk.member("Ben", "Ortiz", null), 2);
        UUID type = kiosk.timetable.createClassType("Back Basics", "", Duration.ofMinutes(60));
        kiosk.timetable.addWeeklySlot(type, DayOfWeek.MONDAY, LocalTime.of(18, 0), Duration.ofMinutes(60),
                "Studio 1", kiosk.timetable.createInstructor("Ina"), 12);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    /** Monday 2025-03-10 17:50 Berlin: both in class. Tuesday 10:00: Anna in the open gym. */
    private void twoDaysOfCheckIns() {
        kiosk.clock.set(Instant.parse("2025-03-10T16:50:00Z"));
        kiosk.checkedInId(annaCard);
        kiosk.clock.advance(Duration.ofMinutes(1));
        kiosk.checkedInId(benCard);
        kiosk.clock.set(Instant.parse("2025-03-11T09:00:00Z"));
        kiosk.checkedInId(annaCard);
    }

    @Test
    void oneDayAsJson() {
        twoDaysOfCheckIns();
        HttpResponse<String> response = kiosk.get("/api/v1/attendance?date=2025-03-10", kiosk.viewerToken);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = TestKiosk.json(response);
        assertThat(body.path("from").asText()).isEqualTo("2025-03-10");
        assertThat(body.path("to").asText()).isEqualTo("2025-03-10");
        assertThat(body.path("nextCursor").isNull()).isTrue();
        assertThat(body.path("items")).hasSize(2);
        JsonNode first = body.path("items").get(0);
        assertThat(first.path("id").asText()).hasSize(36);
        assertThat(first.path("day").asText()).isEqualTo("2025-03-10");
        assertThat(first.path("checkedInAt").asText()).isEqualTo("2025-03-10T16:50:00Z");
        assertThat(first.path("memberId").asText()).isEqualTo(anna.id().toString());
        assertThat(first.path("firstName").asText()).isEqualTo("Anna");
        assertThat(first.path("lastName").asText()).isEqualTo("Keller");
        assertThat(first.path("memberNumber").asText()).isEqualTo("M-001");
        assertThat(first.path("classSessionId").asText()).hasSize(36);
        assertThat(first.path("className").asText()).isEqualTo("Back Basics");
        assertThat(first.path("classStartsAt").asText()).isEqualTo("2025-03-10T17:00:00Z");
        assertThat(first.path("room").asText()).isEqualTo("Studio 1");
        assertThat(first.path("openGym").asBoolean()).isFalse();
        assertThat(body.path("items").get(1).path("memberNumber").isNull()).isTrue();
    }

    @Test
    void aRangeIncludesBothEndsAndOpenGymVisits() {
        twoDaysOfCheckIns();
        JsonNode body = TestKiosk.json(
                kiosk.get("/api/v1/attendance?from=2025-03-10&to=2025-03-11", kiosk.viewerToken));

        assertThat(body.path("items")).hasSize(3);
        JsonNode openGym = body.path("items").get(2);
        assertThat(openGym.path("day").asText()).isEqualTo("2025-03-11");
        assertThat(openGym.path("openGym").asBoolean()).isTrue();
        assertThat(openGym.path("classSessionId").isNull()).isTrue();
        assertThat(openGym.path("className").isNull()).isTrue();
        assertThat(TestKiosk.json(kiosk.get("/api/v1/attendance?from=2025-03-11&to=2025-03-12", kiosk.viewerToken))
                .path("items")).hasSize(1);
    }

    @Test
    void withoutDatesItIsTodayInTheClocksZone() {
        twoDaysOfCheckIns();
        // 23:30 UTC on the 10th is already the 11th in Berlin.
        kiosk.clock.set(Instant.parse("2025-03-10T23:30:00Z"));
        JsonNode body = TestKiosk.json(kiosk.get("/api/v1/attendance", kiosk.viewerToken));
        assertThat(body.path("from").asText()).isEqualTo("2025-03-11");
        assertThat(body.path("to").asText()).isEqualTo("2025-03-11");
        assertThat(body.path("items")).hasSize(1);
    }

    @Test
    void pagesWalkTheWholeRangeWithoutGapsOrDuplicates() {
        // given 5 members visiting the open gym on 3 days, several at the very same instant
        List<String> cards = new ArrayList<>(List.of(annaCard, benCard));
        for (int i = 3; i <= 5; i++) {
            cards.add(kiosk.card(kiosk.member("Member" + i, "Test", "M-00" + i), i));
        }
        for (int day = 0; day < 3; day++) {
            kiosk.clock.set(Instant.parse("2025-03-11T08:00:00Z").plus(Duration.ofDays(day)));
            for (int i = 0; i < cards.size(); i++) {
                if (i == 3) {
                    kiosk.clock.advance(Duration.ofMinutes(5));
                }
                kiosk.checkedInId(cards.get(i));
            }
        }
        JsonNode all = TestKiosk.json(kiosk.get("/api/v1/attendance?from=2025-03-11&to=2025-03-13&limit=5000",
                kiosk.viewerToken));
        List<String> expected = new ArrayList<>();
        all.path("items").forEach(item -> expected.add(item.path("id").asText()));
        assertThat(expected).hasSize(15);

        // when
        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            String url = "/api/v1/attendance?from=2025-03-11&to=2025-03-13&limit=4"
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            JsonNode page = TestKiosk.json(kiosk.get(url, kiosk.viewerToken));
            page.path("items").forEach(item -> seen.add(item.path("id").asText()));
            pageSizes.add(page.path("items").size());
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
        } while (cursor != null && pageSizes.size() < 10);

        // then
        assertThat(pageSizes).containsExactly(4, 4, 4, 3);
        assertThat(new HashSet<>(seen)).hasSize(seen.size());
        assertThat(seen).isEqualTo(expected);
    }

    @Test
    void aPageThatEndsExactlyOnTheLastRowHasNoCursor() {
        twoDaysOfCheckIns();
        JsonNode page = TestKiosk.json(
                kiosk.get("/api/v1/attendance?from=2025-03-10&to=2025-03-11&limit=3", kiosk.viewerToken));
        assertThat(page.path("items")).hasSize(3);
        assertThat(page.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void anEmptyDayIsAnEmptyList() {
        JsonNode body = TestKiosk.json(kiosk.get("/api/v1/attendance?date=2024-02-29", kiosk.viewerToken));
        assertThat(body.path("items")).isEmpty();
        assertThat(body.path("nextCursor").isNull()).isTrue();
    }

    @Test
    void aFullYearIsAllowed() {
        assertThat(kiosk.get("/api/v1/attendance?from=2024-01-01&to=2024-12-31", kiosk.viewerToken).statusCode())
                .isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"date=2025-3-10", "date=10.03.2025", "date=2025-02-30", "date=", "date=%2B12025-01-01",
            "from=2025-13-01&to=2025-12-31", "from=2025-01-01&to=tomorrow"})
    void badDatesAre400NamingTheParameterAndFormat(String query) {
        String detail = TestKiosk.assertProblem(kiosk.get("/api/v1/attendance?" + query, kiosk.viewerToken), 400);
        String parameter = query.substring(query.lastIndexOf('&') + 1, query.lastIndexOf('='));
        if (query.startsWith("from=2025-13")) {
            parameter = "from";
        }
        assertThat(detail).contains("'" + parameter + "'").contains("YYYY-MM-DD");
    }

    @ParameterizedTest
    @ValueSource(strings = {"from=2025-03-10&to=2025-03-09", "from=2024-01-01&to=2025-01-01", "from=2025-03-10",
            "to=2025-03-10", "date=2025-03-10&from=2025-03-10&to=2025-03-11", "date=2025-03-10&date=2025-03-11",
            "day=2025-03-10"})
    void badRangesAre400(String query) {
        TestKiosk.assertProblem(kiosk.get("/api/v1/attendance?" + query, kiosk.viewerToken), 400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"limit=0", "limit=5001", "limit=-1", "limit=ten", "limit=", "limit=99999999999"})
    void badLimitsAre400(String query) {
        assertThat(TestKiosk.assertProblem(kiosk.get("/api/v1/attendance?" + query, kiosk.viewerToken), 400))
                .contains("'limit'").contains("1 to 5000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cursor=!!!", "cursor=", "cursor=dGhpcyBpcyBub3QgYSBjdXJzb3I",
            "cursor=djEuMTIzLm5vdC1hLXV1aWQ"})
    void malformedCursorsAre400(String query) {
        assertThat(TestKiosk.assertProblem(kiosk.get("/api/v1/attendance?" + query, kiosk.viewerToken), 400))
                .contains("'cursor'");
    }

    @Test
    void aQueryThatIsNotUtf8Is400() {
        assertThat(TestKiosk.assertProblem(kiosk.get("/api/v1/attendance?cursor=%FF%FE", kiosk.viewerToken), 400))
                .contains("query string");
    }

    @Test
    void anUnknownFormatIs400() {
        assertThat(TestKiosk.assertProblem(kiosk.get("/api/v1/attendance?format=xlsx", kiosk.viewerToken), 400))
                .contains("'format'");
    }
}
