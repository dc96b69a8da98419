package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;
import java.util.UUID;
import org.backclass.domain.checkin.CheckInPolicy;
import org.backclass.domain.checkin.CheckInService;
import org.backclass.domain.event.KioskEvents;
import org.backclass.domain.member.Member;
import org.backclass.hardware.SimulatedCardReader;
import org.backclass.store.Database;
import org.backclass.store.JdbcCheckInStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorTapApiTest {

    private static final String TAPS = "/api/v1/simulator/taps";

    @TempDir
    Path dir;

    @Test
    void tapsGoThroughTheRealCheckIn() throws Exception {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            // given Anna's card and a class at 18:00 Berlin
            Member anna = kiosk.member("Anna", "Keller", "M-001");
            String uid = kiosk.card(anna, 1);
            UUID type = kiosk.timetable.createClassType("Back Basics", "", Duration.ofMinutes(60));
            kiosk.timetable.addWeeklySlot(type, DayOfWeek.MONDAY, LocalTime.of(18, 0), Duration.ofMinutes(60),
                    "Studio 1", null, 12);
            kiosk.clock.set(Instant.parse("2025-03-10T16:45:00Z"));

            // when the card is tapped
            JsonNode first = tap(kiosk, "{\"uid\":\"" + uid + "\"}");

            // then she is checked in to the class, and the row is in the database
            assertThat(first.path("outcome").asText()).isEqualTo("checkedIn");
            assertThat(first.path("member").path("id").asText()).isEqualTo(anna.id().toString());
            assertThat(first.path("member").path("shortName").asText()).isEqualTo("Anna K.");
            assertThat(first.path("classSession").path("className").asText()).isEqualTo("Back Basics");
            assertThat(first.path("classSession").path("startsAt").asText()).isEqualTo("2025-03-10T17:00:00Z");
            String attendanceId = first.path("attendanceId").asText();
            assertThat(storedAttendance(kiosk.db, attendanceId))
                    .hasValue(anna.id() + " " + first.path("classSession").path("id").asText());

            // when the card stays on the reader: ignored
            kiosk.clock.advance(Duration.ofSeconds(2));
            JsonNode repeat = tap(kiosk, "{\"uid\":\"" + uid + "\"}");
            assertThat(repeat.path("outcome").asText()).isEqualTo("ignored");
            assertThat(repeat.path("attendanceId").isNull()).isTrue();
            assertThat(repeat.path("member").isNull()).isTrue();
            assertThat(repeat.path("classSession").isNull()).isTrue();

            // when she taps again later: already checked in, same row
            kiosk.clock.advance(Duration.ofSeconds(10));
            JsonNode again = tap(kiosk, "{\"uid\":\"" + uid + "\"}");
            assertThat(again.path("outcome").asText()).isEqualTo("alreadyCheckedIn");
            assertThat(again.path("attendanceId").asText()).isEqualTo(attendanceId);
            assertThat(again.path("member").path("shortName").asText()).isEqualTo("Anna K.");
            assertThat(again.path("classSession").path("id").asText())
                    .isEqualTo(first.path("classSession").path("id").asText());

            // when a card nobody owns is tapped
            JsonNode unknown = tap(kiosk, "{\"uid\":\"04FFFFFFFFFF80\"}");
            assertThat(unknown.path("outcome").asText()).isEqualTo("unknownCard");
            assertThat(unknown.path("attendanceId").isNull()).isTrue();
            assertThat(unknown.path("member").isNull()).isTrue();
            assertThat(unknown.path("classSession").isNull()).isTrue();

            assertThat(countAttendance(kiosk.db)).isEqualTo(1);
        }
    }

    @Test
    void aRawDecimalReadingFindsTheCardAndAnOpenGymVisitHasNoClass() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            Member ben = kiosk.member("Ben", "Ortiz", null);
            String uid = kiosk.card(ben, 0x0102);
            // the first four UID bytes as one unsigned decimal, as a USB "10-digit" reader types it
            long decimal = Long.parseLong(uid.substring(0, 8), 16);

            JsonNode result = tap(kiosk, "{\"raw\":\"" + decimal + "\",\"format\":\"dec\"}");

            assertThat(result.path("outcome").asText()).isEqualTo("checkedIn");
            assertThat(result.path("member").path("shortName").asText()).isEqualTo("Ben O.");
            assertThat(result.path("classSession").isNull()).isTrue();
        }
    }

    @Test
    void anInvalidReadingIs400WithTheReason() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            assertThat(TestKiosk.assertProblem(post(kiosk, "{\"uid\":\"XYZ\"}"), 400)).contains("not hexadecimal");
            assertThat(TestKiosk.assertProblem(post(kiosk, "{\"uid\":\"0102\"}"), 400)).contains("bytes");
            assertThat(TestKiosk.assertProblem(post(kiosk, "{\"raw\":\"1\",\"format\":\"morse\"}"), 400))
                    .contains("unknown card format").contains("hex-reversed");
        }
    }

    @Test
    void theRouteDoesNotExistWithoutASimulator() {
        try (TestKiosk kiosk = TestKiosk.withoutSimulator(dir)) {
            TestKiosk.assertProblem(post(kiosk, "{\"uid\":\"04A3C6CAE26180\"}"), 404);
            TestKiosk.assertProblem(kiosk.get(TAPS, kiosk.staffToken), 404);
        }
    }

    @Test
    void aStoppedSimulatorIs503() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            kiosk.reader.close();
            assertThat(TestKiosk.assertProblem(post(kiosk, "{\"uid\":\"04A3C6CAE26180\"}"), 503))
                    .contains("not running");
        }
    }

    @Test
    void aCheckInThatCannotBeStoredIs503() {
        // given check-ins on their own database file, which then fails; tokens still work
        Database cards = Database.open(dir.resolve("cards.db"), "test-kiosk");
        SimulatedCardReader failing = new SimulatedCardReader("sim-2", java.time.Clock.systemUTC());
        try (TestKiosk kiosk = TestKiosk.customized(dir, c -> new ApiContext(c.version(), c.startedAt(), c.clock(),
                c.tokens(), c.attendance(), c.members(), c.databaseHealthy(), c.readers(), Optional.of(failing),
                c.progress(), c.classProgress(), c.redFlags(), c.timetable(), c.rosters(),
                c.metrics(), c.privacy(), c.audit(), c.memberImport(), c.cardCaptures()))) {
            failing.start(new CheckInService(new JdbcCheckInStore(cards, kiosk.clock), kiosk.clock,
                    CheckInPolicy.DEFAULT, new KioskEvents())::checkIn);
            cards.close();

            // when / then
            assertThat(TestKiosk.assertProblem(post(kiosk, "{\"uid\":\"04A3C6CAE26180\"}"), 503))
                    .contains("could not be recorded");
        } finally {
            failing.close();
        }
    }

    static HttpResponse<String> post(TestKiosk kiosk, String json) {
        return kiosk.postJson(TAPS, kiosk.staffToken, json);
    }

    static JsonNode tap(TestKiosk kiosk, String json) {
        HttpResponse<String> response = post(kiosk, json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        return TestKiosk.json(response);
    }

    private static Optional<String> storedAttendance(Database db, String id) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "SELECT member_id, class_session_id FROM attendance WHERE id = ? AND deleted = 0")) {
                st.setString(1, id);
                try (ResultSet rs = st.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1) + " " + rs.getString(2)) : Optional.empty();
                }
            }
        });
    }

    private static int countAttendance(Database db) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT COUNT(*) FROM attendance");
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
