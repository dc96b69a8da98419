package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.progress.ExercisePerformed;
import org.backclass.store.JdbcClassFeedbackStore;
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcConsentStore;
import org.backclass.store.JdbcPainReportStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/v1/classes/{sessionId}/progress} as CSV, over real HTTP against a real SQLite file. */
class ClassProgressCsvApiTest {

    private static final Instant CHECK_IN = Instant.parse("2025-03-10T16:55:00Z");
    private static final String HEADER = "sessionId,className,startsAt,memberId,shortName,healthDataWithheld,"
            + "painAtCheckIn,painNow,effort,exerciseId,level,completion\r\n";
    /** A class name a spreadsheet would run as a formula, with a comma and quotes to escape. */
    private static final String CLASS_NAME = "=HYPERLINK(\"http://x\",\"Back class\")";

    @TempDir
    Path dir;
    TestKiosk kiosk;
    Member anna;
    Member bob;
    Member carla;
    UUID session;

    @BeforeEach
    void seed() {
        kiosk = TestKiosk.start(dir);
        JdbcConsentStore consent = new JdbcConsentStore(kiosk.db, kiosk.clock);
        // given Anna (consenting, answered everything, two exercises), Bob (never asked, one
        // exercise) and Carla (consenting, came but has no exercise record)
        anna = kiosk.member("Anna", "Kowalski", null);
        bob = kiosk.member("Bob", "Brown", null);
        carla = kiosk.member("Carla", "Diaz", null);
        String annaCard = kiosk.card(anna, 1);
        String bobCard = kiosk.card(bob, 2);
        String carlaCard = kiosk.card(carla, 3);
        consent.record(anna.id(), true, HealthConsent.RecordedBy.MEMBER);
        consent.record(carla.id(), true, HealthConsent.RecordedBy.MEMBER);
        UUID type = kiosk.timetable.createClassType(CLASS_NAME, "", Duration.ofMinutes(60));
        session = kiosk.timetable.addOneOffSession(type, Instant.parse("2025-03-10T17:00:00Z"),
                Duration.ofMinutes(60), "Studio 1", null, 10);
        kiosk.clock.set(CHECK_IN);
        UUID annaVisit = kiosk.checkedInId(annaCard);
        new JdbcPainReportStore(kiosk.db, kiosk.clock).add(new PainReport(UUID.randomUUID(), anna.id(), annaVisit, 6,
                PainReport.AT_CHECK_IN, CHECK_IN));
        kiosk.clock.set(CHECK_IN.plusSeconds(60));
        kiosk.checkedInId(bobCard);
        kiosk.clock.set(CHECK_IN.plusSeconds(120));
        kiosk.checkedInId(carlaCard);
        new JdbcClassResults(kiosk.db).closeSession(session, CHECK_IN.plusSeconds(3600), List.of(
                new ExercisePerformed(anna.id(), "bird-dog", 2, Completion.COMPLETED),
                new ExercisePerformed(anna.id(), "plank", 3, Completion.SKIPPED),
                new ExercisePerformed(bob.id(), "plank", 1, Completion.PARTIAL)));
        kiosk.clock.set(CHECK_IN.plusSeconds(3700));
        new JdbcClassFeedbackStore(kiosk.db, kiosk.clock).record(anna.id(), session, 4, 7);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private String path() {
        return "/api/v1/classes/" + session + "/progress";
    }

    @Test
    void oneRowPerMemberAndExerciseWithHealthCellsEmptyWhenWithheld() {
        HttpResponse<String> response = kiosk.get(path(), kiosk.staffToken, "Accept", "text/csv");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"class-progress-" + session + ".csv\"");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Vary")).hasValue("Accept");
        assertThat(response.body()).startsWith(HEADER).endsWith("\r\n");
        // the class name starts with "=": an apostrophe, then quoted for its comma and quotes
        String cls = session + ",\"'=HYPERLINK(\"\"http://x\"\",\"\"Back class\"\")\",2025-03-10T17:00:00Z,";
        List<String> lines = List.of(response.body().split("\r\n"));
        assertThat(lines.subList(1, lines.size())).containsExactly(
                cls + anna.id() + ",Anna K.,false,6,4,7,bird-dog,2,completed",
                cls + anna.id() + ",Anna K.,false,6,4,7,plank,3,skipped",
                cls + bob.id() + ",Bob B.,true,,,,plank,1,partial",
                cls + carla.id() + ",Carla D.,false,,,,,,");
    }

    @Test
    void formatCsvWinsOverTheAcceptHeaderAndFormatJsonGivesJson() {
        String viaAccept = kiosk.get(path(), kiosk.staffToken, "Accept", "text/csv").body();
        HttpResponse<String> viaFormat = kiosk.get(path() + "?format=csv", kiosk.staffToken,
                "Accept", "application/json");

        assertThat(viaFormat.headers().firstValue("Content-Type")).hasValue("text/csv; charset=utf-8");
        assertThat(viaFormat.body()).isEqualTo(viaAccept);
        HttpResponse<String> json = kiosk.get(path() + "?format=json", kiosk.staffToken, "Accept", "text/csv");
        assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(TestKiosk.json(json).path("members")).hasSize(3);
        assertThat(kiosk.get(path(), kiosk.staffToken).headers().firstValue("Content-Type"))
                .hasValue("application/json");
    }

    @Test
    void errorsAreProblemsNotCsv() {
        String bad = "/api/v1/classes/not-a-uuid/progress?format=csv";
        assertThat(TestKiosk.assertProblem(kiosk.get(bad, kiosk.staffToken), 400)).contains("UUID");
        TestKiosk.assertProblem(kiosk.get(path() + "?format=xml", kiosk.staffToken), 400);
        TestKiosk.assertProblem(kiosk.get(path() + "?format=csv&format=csv", kiosk.staffToken), 400);
        TestKiosk.assertProblem(kiosk.get(path() + "?limit=5", kiosk.staffToken, "Accept", "text/csv"), 400);
        String unknown = "/api/v1/classes/" + UUID.randomUUID() + "/progress?format=csv";
        assertThat(TestKiosk.assertProblem(kiosk.get(unknown, kiosk.staffToken), 404)).contains("no class session");
        TestKiosk.assertProblem(kiosk.get(path() + "?format=csv", null), 401);
        TestKiosk.assertProblem(kiosk.get(path() + "?format=csv", kiosk.viewerToken), 403);
        TestKiosk.assertProblem(kiosk.get(path(), kiosk.viewerToken, "Accept", "text/csv"), 403);
    }

    @Test
    void aClassNobodyCameToIsJustTheHeader() {
        UUID type = kiosk.timetable.createClassType("Empty class", "", Duration.ofMinutes(60));
        UUID empty = kiosk.timetable.addOneOffSession(type, Instant.parse("2025-03-11T17:00:00Z"),
                Duration.ofMinutes(60), "Studio 1", null, 10);

        String body = kiosk.get("/api/v1/classes/" + empty + "/progress?format=csv", kiosk.staffToken).body();

        assertThat(body).isEqualTo(HEADER);
    }
}
