package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member's cards and "tap the card on the kiosk now" over real HTTP, real SQLite, the simulated reader. */
class MemberCardsApiTest {

    private static final String NEW_CARD = "04A3C6CAE26180";

    @TempDir
    Path dir;
    TestKiosk kiosk;
    Member anna;
    Member bernd;
    String berndCard;

    @BeforeEach
    void start() {
        kiosk = TestKiosk.start(dir);
        anna = kiosk.member("Anna", "Keller", "M-001");
        bernd = kiosk.member("Bernd", "Vogel", "M-002");
        berndCard = kiosk.card(bernd, 2);
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private String cards(Member m) {
        return "/api/v1/members/" + m.id() + "/cards";
    }

    private HttpResponse<String> enrol(Member m, String json) {
        return kiosk.postJson(cards(m), kiosk.staffToken, json);
    }

    @Test
    void aCardEnrolledByItsNumberIsListedAndChecksTheMemberIn() {
        HttpResponse<String> created = enrol(anna, "{\"uid\":\"04:a3:c6:ca:e2:61:80\"}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode card = TestKiosk.json(created);
        assertThat(card.path("key").asText()).isEqualTo("A:" + NEW_CARD);
        assertThat(created.headers().firstValue("Location")).hasValue(cards(anna) + "/" + card.path("id").asText());
        JsonNode list = TestKiosk.json(kiosk.get(cards(anna), kiosk.staffToken));
        assertThat(list.path("items")).hasSize(1);
        assertThat(kiosk.checkIn(NEW_CARD)).isInstanceOf(CheckInOutcome.CheckedIn.class);
    }

    @Test
    void aDeskReadersTenDigitsOrAnExplicitFormatEnrolTheSameWay() {
        assertThat(enrol(anna, "{\"uid\":\"2338678457\"}").statusCode()).isEqualTo(201);
        assertThat(enrol(bernd, "{\"raw\":\"B966658B\",\"format\":\"hex\"}").statusCode())
                .as("the same card read in the other byte order").isEqualTo(409);
        HttpResponse<String> reversed = enrol(anna, "{\"raw\":\"8061E2CAC6A304\",\"format\":\"hex-reversed\"}");
        assertThat(TestKiosk.json(reversed).path("key").asText()).isEqualTo("A:" + NEW_CARD);
    }

    @Test
    void aCardSomeoneHoldsIsRefusedNamingThemAndNothingChanges() {
        HttpResponse<String> response = enrol(anna, "{\"uid\":\"" + berndCard + "\"}");

        assertThat(TestKiosk.assertProblem(response, 409)).contains("Bernd V.").doesNotContain("Vogel");
        assertThat(TestKiosk.json(kiosk.get(cards(anna), kiosk.staffToken)).path("items")).isEmpty();
    }

    @Test
    void badCardNumbersAndBodiesAre400WithTheReason() {
        assertThat(TestKiosk.assertProblem(enrol(anna, "{\"uid\":\"XYZ\"}"), 400)).contains("not hexadecimal");
        assertThat(TestKiosk.assertProblem(enrol(anna, "{\"uid\":\"04A3C6\"}"), 400)).contains("bytes");
        assertThat(TestKiosk.assertProblem(enrol(anna, "{\"raw\":\"98,55730\",\"format\":\"w26\"}"), 400))
                .contains("UID");
        assertThat(TestKiosk.assertProblem(enrol(anna, "{\"raw\":\"1\",\"format\":\"morse\"}"), 400))
                .contains("unknown card format");
        TestKiosk.assertProblem(enrol(anna, "{}"), 400);
        TestKiosk.assertProblem(enrol(anna, "{\"uid\":\"11223344\",\"raw\":\"11223344\"}"), 400);
        TestKiosk.assertProblem(enrol(anna, "{\"uid\":11223344}"), 400);
        TestKiosk.assertProblem(enrol(anna, "{\"uid\":\"11223344\",\"holder\":\"x\"}"), 400);
        TestKiosk.assertProblem(enrol(anna, "[\"11223344\"]"), 400);
        assertThat(TestKiosk.json(kiosk.get(cards(anna), kiosk.staffToken)).path("items")).isEmpty();
    }

    @Test
    void unknownMembersAndCardsAre404() {
        String nobody = "/api/v1/members/123e4567-e89b-12d3-a456-426614174000/cards";
        TestKiosk.assertProblem(kiosk.get(nobody, kiosk.staffToken), 404);
        TestKiosk.assertProblem(kiosk.postJson(nobody, kiosk.staffToken, "{\"uid\":\"11223344\"}"), 404);
        String berndsCardId = bernd.id().toString();
        TestKiosk.assertProblem(kiosk.delete(cards(anna) + "/" + berndsCardId, kiosk.staffToken), 404);
        TestKiosk.assertProblem(kiosk.delete(cards(anna) + "/not-a-uuid", kiosk.staffToken), 400);
    }

    @Test
    void aRevokedCardStopsCheckingInAndRevokingAgainIsHarmless() {
        String cardId = TestKiosk.json(kiosk.get(cards(bernd), kiosk.staffToken)).path("items").get(0)
                .path("id").asText();

        assertThat(kiosk.delete(cards(bernd) + "/" + cardId, kiosk.staffToken).statusCode()).isEqualTo(204);
        assertThat(kiosk.delete(cards(bernd) + "/" + cardId, kiosk.staffToken).statusCode()).isEqualTo(204);

        assertThat(kiosk.checkIn(berndCard)).isInstanceOf(CheckInOutcome.UnknownCard.class);
        assertThat(TestKiosk.json(kiosk.get(cards(bernd), kiosk.staffToken)).path("items").get(0)
                .path("revoked").asBoolean()).isTrue();
        assertThat(enrol(anna, "{\"uid\":\"" + berndCard + "\"}").statusCode())
                .as("a revoked card may be given to someone else").isEqualTo(201);
    }

    @Test
    void viewersSeeNoCards() {
        TestKiosk.assertProblem(kiosk.get(cards(anna), kiosk.viewerToken), 403);
        TestKiosk.assertProblem(kiosk.postJson(cards(anna), kiosk.viewerToken, "{\"uid\":\"11223344\"}"), 403);
    }

    @Test
    void theNextTapOnTheKioskIsCapturedCheckingNobodyInAndCanThenBeEnrolled() {
        HttpResponse<String> armed = kiosk.postJson("/api/v1/cards/capture", kiosk.staffToken, "{}");
        assertThat(armed.statusCode()).as(armed.body()).isEqualTo(202);
        String state = "/api/v1/cards/capture/" + TestKiosk.json(armed).path("captureId").asText();
        assertThat(armed.headers().firstValue("Location")).hasValue(state);
        assertThat(TestKiosk.json(kiosk.get(state, kiosk.staffToken)).path("state").asText()).isEqualTo("waiting");
        TestKiosk.assertProblem(kiosk.postJson("/api/v1/cards/capture", kiosk.staffToken, "{}"), 409);

        HttpResponse<String> tap = kiosk.postJson("/api/v1/simulator/taps", kiosk.staffToken,
                "{\"uid\":\"" + berndCard + "\"}");
        assertThat(tap.statusCode()).isEqualTo(200);

        JsonNode captured = TestKiosk.json(kiosk.get(state, kiosk.staffToken));
        assertThat(captured.path("state").asText()).isEqualTo("captured");
        assertThat(captured.path("uid").asText()).isEqualTo(berndCard);
        assertThat(TestKiosk.json(kiosk.get("/api/v1/attendance?date=2025-03-10", kiosk.viewerToken)).path("items"))
                .as("the captured tap checked nobody in").isEmpty();
        assertThat(TestKiosk.assertProblem(enrol(anna, "{\"uid\":\"" + captured.path("uid").asText() + "\"}"), 409))
                .contains("Bernd V.");
    }

    @Test
    void anUnknownCaptureIs404AndAMalformedIdIs400() {
        TestKiosk.assertProblem(kiosk.get("/api/v1/cards/capture/123e4567-e89b-12d3-a456-426614174000",
                kiosk.staffToken), 404);
        TestKiosk.assertProblem(kiosk.get("/api/v1/cards/capture/..%2F..%2Fetc", kiosk.staffToken), 400);
    }
}
