package org.backclass.api;

import org.backclass.testing.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.backclass.domain.auth.Role;
import org.backclass.domain.auth.TokenService;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CardCapture;
import org.backclass.domain.checkin.CardCaptureRequests;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.CheckInPolicy;
import org.backclass.domain.checkin.CheckInService;
import org.backclass.domain.event.KioskEvents;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.NewMember;
import org.backclass.domain.progress.adherence.AdherencePlan;
import org.backclass.domain.redflag.RedFlagService;
import org.backclass.hardware.SimulatedCardReader;
import org.backclass.store.Database;
import org.backclass.store.JdbcAttendanceQueries;
import org.backclass.store.JdbcCheckInStore;
import org.backclass.store.JdbcMemberImport;
import org.backclass.store.JdbcMemberStore;
import org.backclass.store.JdbcClassProgressQueries;
import org.backclass.store.JdbcProgressQueries;
import org.backclass.store.JdbcRedFlagStore;
import org.backclass.store.JdbcRosterQueries;
import org.backclass.store.JdbcTimetableStore;
import org.backclass.store.JdbcAuditLog;
import org.backclass.store.JdbcMemberPrivacy;
import org.backclass.store.JdbcTokenStore;

/**
 * A whole kiosk for API tests: a real SQLite file, the real stores and services, a simulated
 * reader, tokens for every role, and an {@link ApiServer} on an ephemeral loopback port.
 * Time only moves when the test moves {@link #clock}.
 */
final class TestKiosk implements AutoCloseable {

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** A Monday, 10:00 in Berlin. */
    static final Instant START = Instant.parse("2025-03-10T09:00:00Z");
    static final String VERSION = "9.9.9-test";
    static final ObjectMapper JSON = new ObjectMapper();

    final MutableClock clock = new MutableClock(START, ZONE);
    final Database db;
    final JdbcMemberStore members;
    final JdbcTimetableStore timetable;
    final JdbcAttendanceQueries attendance;
    final JdbcProgressQueries progress;
    final CheckInService checkIns;
    final KioskEvents events = new KioskEvents();
    final JdbcRedFlagStore redFlagStore;
    final SimulatedCardReader reader;
    final CardCapture capture = new CardCapture();
    final TokenService tokens;
    final String viewerToken;
    final String staffToken;
    final String adminToken;
    final Metrics metrics;
    final JdbcAuditLog audit;
    final ApiContext context;
    final ApiServer server;
    final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    private TestKiosk(Path dir, boolean simulator, long maxBodyBytes, UnaryOperator<ApiContext> customize) {
        db = Database.open(dir.resolve("t.db"), "test-kiosk");
        members = new JdbcMemberStore(db, clock);
        timetable = new JdbcTimetableStore(db, clock);
        attendance = new JdbcAttendanceQueries(db);
        progress = new JdbcProgressQueries(db, AdherencePlan.defaults());
        checkIns = new CheckInService(new JdbcCheckInStore(db, clock), clock, CheckInPolicy.DEFAULT, events);
        redFlagStore = new JdbcRedFlagStore(db, clock);
        reader = new SimulatedCardReader("sim-1", clock);
        metrics = new Metrics(() -> List.of(reader.status()), db::bytesOnDisk);
        events.subscribe(metrics);
        // Taps go through the capture as on the kiosk, so "the next tap enrols" works here too.
        reader.start(capture.routing(checkIns::checkIn));
        tokens = new TokenService(new JdbcTokenStore(db, clock), clock);
        audit = new JdbcAuditLog(db);
        viewerToken = tokens.create(Role.VIEWER, "viewer");
        staffToken = tokens.create(Role.STAFF, "staff");
        adminToken = tokens.create(Role.ADMIN, "admin");
        context = customize.apply(new ApiContext(VERSION, START.minusSeconds(90), clock, tokens, attendance, members,
                db::isHealthy, () -> List.of(reader.status()),
                simulator ? Optional.of(reader) : Optional.empty(), progress,
                new JdbcClassProgressQueries(db), new RedFlagService(redFlagStore, events), timetable,
                new JdbcRosterQueries(db), metrics, new JdbcMemberPrivacy(db, clock), audit,
                new JdbcMemberImport(db, clock), new CardCaptureRequests(capture, events, clock)));
        server = ApiServer.newServer(new ApiSettings("127.0.0.1", 0, maxBodyBytes), context);
        server.start();
    }

    static TestKiosk start(Path dir) {
        return new TestKiosk(dir, true, 4096, UnaryOperator.identity());
    }

    static TestKiosk withoutSimulator(Path dir) {
        return new TestKiosk(dir, false, 4096, UnaryOperator.identity());
    }

    static TestKiosk withMaxBody(Path dir, long maxBodyBytes) {
        return new TestKiosk(dir, true, maxBodyBytes, UnaryOperator.identity());
    }

    static TestKiosk customized(Path dir, UnaryOperator<ApiContext> customize) {
        return new TestKiosk(dir, true, 4096, customize);
    }

    // ---- seeding through the domain ports ----

    Member member(String first, String last, String number) {
        return members.create(new NewMember(new MemberName(first, last), number, null));
    }

    /** Enrols a 7-byte ISO 14443-A card and returns its UID hex. */
    String card(Member member, int seed) {
        byte[] uid = {0x04, (byte) seed, (byte) (seed >> 8), 0x11, 0x22, 0x33, (byte) 0x80};
        members.enrolCard(member.id(), CardKey.iso14443a(uid));
        return HexFormat.of().withUpperCase().formatHex(uid);
    }

    CheckInOutcome checkIn(String uidHex) {
        return checkIns.checkIn(CardRead.of("test", CardKey.iso14443a(HexFormat.of().parseHex(uidHex))));
    }

    UUID checkedInId(String uidHex) {
        CheckInOutcome outcome = checkIn(uidHex);
        assertThat(outcome).isInstanceOf(CheckInOutcome.CheckedIn.class);
        return ((CheckInOutcome.CheckedIn) outcome).attendance().id();
    }

    // ---- HTTP over loopback ----

    URI uri(String pathAndQuery) {
        return server.uri().resolve(pathAndQuery);
    }

    HttpResponse<String> get(String pathAndQuery, String token, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(10)).GET();
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            b.headers(headers);
        }
        return send(b.build());
    }

    HttpResponse<String> post(String path, String token, String contentType, HttpRequest.BodyPublisher body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10)).POST(body);
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return send(b.build());
    }

    HttpResponse<String> postJson(String path, String token, String json) {
        return post(path, token, "application/json", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    }

    HttpResponse<String> delete(String path, String token) {
        return send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).DELETE().build());
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("request failed: " + request, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + response.body(), e);
        }
    }

    /** Asserts an RFC 9457 problem with this status and returns its detail. */
    static String assertProblem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode body = json(response);
        assertThat(body.path("type").asText()).isEqualTo("about:blank");
        assertThat(body.path("title").asText()).isNotBlank();
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("detail").asText()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        return body.path("detail").asText();
    }

    @Override
    public void close() {
        // Client first: with its keep-alive connections gone the server stops at once.
        http.close();
        server.close();
        reader.close();
        db.close();
    }
}
