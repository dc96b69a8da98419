package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttendanceCsvApiTest {

    private static final String HEADER = "id,day,checkedInAt,memberId,firstName,lastName,memberNumber,"
            + "classSessionId,className,classStartsAt,room,openGym";

    @TempDir
    Path dir;
    TestKiosk kiosk;
    Member tricky;
    UUID classRow;
    UUID openGymRow;
    String card;

    @BeforeEach
    void seed() {
        kiosk = TestKiosk.start(dir);
        // given names a spreadsheet would choke on or execute
        tricky = kiosk.member("=HYPERLINK(\"http://evil\")", "O'Neil, \"Jr\"", "-42");
        card = kiosk.card(tricky, 7);
        UUID type = kiosk.timetable.createClassType("+Core, \"Level\" 1", "", Duration.ofMinutes(60));
        kiosk.timetable.addWeeklySlot(type, DayOfWeek.MONDAY, LocalTime.of(18, 0), Duration.ofMinutes(60),
                "@Upstairs\nStudio 2", null, 12);
        kiosk.clock.set(Instant.parse("2025-03-10T16:55:00Z"));
        classRow = kiosk.checkedInId(card);
        kiosk.clock.set(Instant.parse("2025-03-11T07:30:00Z"));
        openGymRow = kiosk.checkedInId(card);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void aRangeLongerThanOnePageStreamsEveryRowOnceInOrder() {
        int extra = AttendanceCsv.PAGE * 2 + 7;
        // Same check-in instant for many rows: pages must continue by id, not lose ties.
        kiosk.db.write(c -> {
            try (var member = c.prepareStatement("INSERT INTO member (id, kiosk_id, modified_at, first_name,"
                    + " last_name, created_at) VALUES (?, 'k', 1, 'Bulk', ?, 1)");
                    var visit = c.prepareStatement("INSERT INTO attendance (id, kiosk_id, modified_at, member_id,"
                            + " day, checked_in_at) VALUES (?, 'k', 1, ?, '2025-03-12', ?)")) {
                for (int i = 0; i < extra; i++) {
                    member.setString(1, new UUID(1, i).toString());
                    member.setString(2, "M" + i);
                    member.addBatch();
                    visit.setString(1, new UUID(0, i).toString());
                    visit.setString(2, new UUID(1, i).toString());
                    visit.setLong(3, Instant.parse("2025-03-12T08:00:00Z").toEpochMilli() + i / 1000);
                    visit.addBatch();
                }
                member.executeBatch();
                return visit.executeBatch();
            }
        });

        HttpResponse<String> response = kiosk.get("/api/v1/attendance?from=2025-03-12&to=2025-03-12&format=csv",
                kiosk.viewerToken);

        List<String> lines = List.of(response.body().split("\r\n"));
        assertThat(lines).hasSize(extra + 1);
        assertThat(lines.subList(1, lines.size())).extracting(l -> l.substring(0, 36))
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, extra)
                        .mapToObj(i -> new UUID(0, i).toString()).toList());

        // A wider range is read day by day: an empty first day, the full day paged, empty days
        // between, and the last day's row, each day in check-in order.
        kiosk.clock.set(Instant.parse("2025-03-14T07:00:00Z"));
        UUID friday = kiosk.checkedInId(card);
        List<String> week = List.of(kiosk.get("/api/v1/attendance?from=2025-03-09&to=2025-03-15&format=csv",
                kiosk.viewerToken).body().split("\r\n"));
        List<String> expected = new java.util.ArrayList<>(List.of(classRow.toString(), openGymRow.toString()));
        expected.addAll(java.util.stream.IntStream.range(0, extra).mapToObj(i -> new UUID(0, i).toString()).toList());
        expected.add(friday.toString());
        assertThat(week.subList(1, week.size())).extracting(l -> l.substring(0, 36)).containsExactlyElementsOf(expected);
    }

    @Test
    void aDatabaseThatIsGoneAnswers503BeforeAnyCsvIsSent() {
        kiosk.close();
        try (TestKiosk down = TestKiosk.customized(dir.resolve("b"), ctx -> ctx)) {
            String token = down.viewerToken;
            down.db.close();
            HttpResponse<String> response = down.get("/api/v1/attendance?format=csv", token);
            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        }
        kiosk = TestKiosk.start(dir.resolve("c"));
    }

    @Test
    void acceptTextCsvStreamsTheRangeAsRfc4180() {
        HttpResponse<String> response = kiosk.get("/api/v1/attendance?from=2025-03-10&to=2025-03-11",
                kiosk.viewerToken, "Accept", "text/csv");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"attendance-2025-03-10-2025-03-11.csv\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");

        String body = response.body();
        assertThat(body).startsWith(HEADER + "\r\n").endsWith("\r\n");
        String sessionId = TestKiosk.json(kiosk.get("/api/v1/attendance?date=2025-03-10", kiosk.viewerToken))
                .path("items").get(0).path("classSessionId").asText();
        String classLine = classRow + ",2025-03-10,2025-03-10T16:55:00Z," + tricky.id()
                + ",\"'=HYPERLINK(\"\"http://evil\"\")\",\"O'Neil, \"\"Jr\"\"\",'-42," + sessionId
                + ",\"'+Core, \"\"Level\"\" 1\",2025-03-10T17:00:00Z,\"'@Upstairs\nStudio 2\",false\r\n";
        String openGymLine = openGymRow + ",2025-03-11,2025-03-11T07:30:00Z," + tricky.id()
                + ",\"'=HYPERLINK(\"\"http://evil\"\")\",\"O'Neil, \"\"Jr\"\"\",'-42,,,,,true\r\n";
        assertThat(body).isEqualTo(HEADER + "\r\n" + classLine + openGymLine);
    }

    @Test
    void lineBreaksOutsideQuotesAreAlwaysCrlf() {
        String body = kiosk.get("/api/v1/attendance?from=2025-03-10&to=2025-03-11&format=csv", kiosk.viewerToken)
                .body();
        boolean quoted = false;
        int records = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '\n' && !quoted) {
                assertThat(body.charAt(i - 1)).as("character before LF at %d", i).isEqualTo('\r');
                records++;
            }
        }
        assertThat(quoted).isFalse();
        assertThat(records).isEqualTo(3);
    }

    @Test
    void formatCsvWinsOverAcceptAndFormatJsonWinsOverAcceptCsv() {
        assertThat(kiosk.get("/api/v1/attendance?date=2025-03-10&format=csv", kiosk.viewerToken,
                "Accept", "application/json").headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(kiosk.get("/api/v1/attendance?date=2025-03-10&format=json", kiosk.viewerToken,
                "Accept", "text/csv").headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(kiosk.get("/api/v1/attendance?date=2025-03-10", kiosk.viewerToken,
                "Accept", "application/json, text/csv;q=0.5").headers().firstValue("Content-Type"))
                .hasValue("application/json");
    }

    @Test
    void anEmptyRangeIsJustTheHeader() {
        HttpResponse<String> response = kiosk.get("/api/v1/attendance?date=2024-01-01&format=csv", kiosk.viewerToken);
        assertThat(response.body()).isEqualTo(HEADER + "\r\n");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"attendance-2024-01-01-2024-01-01.csv\"");
    }

    @Test
    void csvHasNoPaging() {
        for (String query : List.of("limit=10", "cursor=abc")) {
            assertThat(TestKiosk.assertProblem(kiosk.get("/api/v1/attendance?format=csv&" + query,
                    kiosk.viewerToken), 400)).contains("CSV");
        }
    }

    @Test
    void csvNeedsAToken() {
        TestKiosk.assertProblem(kiosk.get("/api/v1/attendance?format=csv", null), 401);
    }
}
