package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code POST /api/v1/members/import} over real HTTP on a real SQLite file. */
class MemberImportApiTest {

    private static final String PATH = "/api/v1/members/import";

    @TempDir
    Path dir;
    TestKiosk kiosk;

    @BeforeEach
    void start() {
        kiosk = TestKiosk.start(dir);
        kiosk.member("Anna", "Keller", "M-001");
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private HttpResponse<String> upload(String token, String contentType, byte[] body) {
        return kiosk.post(PATH, token, contentType, HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private HttpResponse<String> upload(String csv) {
        return upload(kiosk.staffToken, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private List<Member> stored() {
        return kiosk.members.listWithCards();
    }

    @Test
    void aGoodFileIsImportedAndAnsweredWithWhatChanged() {
        HttpResponse<String> response = upload("""
                firstName,lastName,email,memberNumber,cardUid
                Clara,Berg,clara@example.org,M-101,04:A3:C6:CA:E2:61:80
                Dieter,Brandt,dieter@example.org,M-102,
                Anna,Keller-Roth,anna@example.org,M-001,
                """);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = TestKiosk.json(response);
        assertThat(body.path("created").asInt()).isEqualTo(2);
        assertThat(body.path("updated").asInt()).isEqualTo(1);
        assertThat(body.path("unchanged").asInt()).isZero();
        assertThat(body.path("cardsEnrolled").asInt()).isEqualTo(1);
        assertThat(stored()).extracting(Member::memberNumber).containsExactlyInAnyOrder("M-001", "M-101", "M-102");
    }

    @Test
    void aFileWithErrorsChangesNothingAndNamesEveryBadRow() {
        List<Member> before = stored();

        HttpResponse<String> response = upload("""
                firstName,lastName,email,memberNumber,cardUid
                Clara,Berg,clara@example.org,M-101,04:A3:C6:CA:E2:61:80
                Dieter,Brandt,not-an-email,M-102,
                Eva,Stein,eva@example.org,M-103,0077842122
                ,Nobody,,M-104,ZZZ
                """);

        assertThat(TestKiosk.assertProblem(response, 422)).contains("nothing was imported").contains("3 row errors");
        JsonNode errors = TestKiosk.json(response).path("errors");
        assertThat(errors).hasSize(3);
        assertThat(errors.get(0).path("line").asInt()).isEqualTo(3);
        assertThat(errors.get(0).path("field").asText()).isEqualTo("email");
        assertThat(errors.get(0).path("message").asText()).contains("anna@example.org");
        assertThat(errors.get(1).path("line").asInt()).isEqualTo(5);
        assertThat(errors.get(2).path("field").asText()).isEqualTo("cardUid");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aCardHeldByAnotherMemberRejectsTheFile() {
        Member bernd = kiosk.member("Bernd", "Vogel", "M-002");
        String card = kiosk.card(bernd, 7);

        HttpResponse<String> response = upload("name,memberNumber,cardUid\nClara Berg,M-101," + card + "\n");

        TestKiosk.assertProblem(response, 422);
        assertThat(TestKiosk.json(response).path("errors").get(0).path("message").asText()).contains("Bernd V.");
        assertThat(stored()).extracting(Member::memberNumber).doesNotContain("M-101");
    }

    @Test
    void aFileLargerThanFiveMegabytesIs413() {
        byte[] big = new byte[(int) MemberImportHandler.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');

        TestKiosk.assertProblem(upload(kiosk.staffToken, "text/csv", big), 413);
    }

    @Test
    void invalidUtf8IsRefusedWithAdviceAndChangesNothing() {
        byte[] latin1 = "firstName,memberNumber\nJ\u00fcrgen,M-9\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(TestKiosk.assertProblem(upload(kiosk.staffToken, "text/csv", latin1), 400)).contains("CSV UTF-8");
        assertThat(stored()).hasSize(1);
    }

    @Test
    void jsonOrAnotherCharsetIsNotAMemberFile() {
        byte[] csv = "firstName,memberNumber\nZoe,M-9\n".getBytes(StandardCharsets.UTF_8);

        TestKiosk.assertProblem(upload(kiosk.staffToken, "application/json", csv), 415);
        TestKiosk.assertProblem(upload(kiosk.staffToken, "text/csv; charset=windows-1252", csv), 415);
        TestKiosk.assertProblem(upload(kiosk.staffToken, null, csv), 415);
        assertThat(upload(kiosk.staffToken, "application/vnd.ms-excel", csv).statusCode()).isEqualTo(200);
    }

    @Test
    void viewersCannotImport() {
        TestKiosk.assertProblem(upload(kiosk.viewerToken, "text/csv",
                "firstName,memberNumber\nZoe,M-9\n".getBytes(StandardCharsets.UTF_8)), 403);
        assertThat(stored()).hasSize(1);
    }
}
