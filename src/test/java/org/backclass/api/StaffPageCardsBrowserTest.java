package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A member's cards on the staff page in a real headless Chromium: enrol by tapping on the kiosk
 * (capture, poll, enrol), by typing the number, a card someone else holds, and revoking.
 * Needs {@code /api/v1/cards/capture} and {@code /api/v1/members/{id}/cards} (issue 6, members
 * part), with the capture wired to the kiosk's reader in {@link TestKiosk}.
 */
class StaffPageCardsBrowserTest {

    private static final String NEW_CARD = "04A3C6CAE26180";

    @TempDir
    Path dir;
    TestKiosk kiosk;
    StaffBrowser browser;
    Member anna;
    Member bernd;
    String berndCard;

    @BeforeEach
    void start() throws IOException {
        kiosk = TestKiosk.start(dir);
        anna = kiosk.member("Anna", "Keller", "M-001");
        bernd = kiosk.member("Bernd", "Vogel", "M-002");
        berndCard = kiosk.card(bernd, 2);
        browser = StaffBrowser.open(kiosk, dir);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        kiosk.close();
    }

    @Test
    void aCardTappedOnTheKioskIsEnrolledForTheOpenMember() {
        browser.signedIn(kiosk.staffToken);
        browser.openMember("Keller", anna.id());
        assertThat(browser.text("member-cards")).isEqualTo("No card yet.");

        browser.find("#enrol-tap").click();
        browser.waitForText("status", "Tap the card on the kiosk now.");
        HttpResponse<String> tap = kiosk.postJson("/api/v1/simulator/taps", kiosk.staffToken,
                "{\"uid\":\"" + NEW_CARD + "\"}");
        assertThat(tap.statusCode()).as(tap.body()).isEqualTo(200);

        browser.waitForText("status", "enrolled for Anna Keller");
        browser.waitForText("member-cards", NEW_CARD);
        assertThat(browser.find("#enrol-tap").isDisplayed()).isTrue();
        assertThat(kiosk.members.listWithCards().stream().filter(m -> m.id().equals(anna.id())).findFirst()
                .orElseThrow().cards()).hasSize(1);
    }

    @Test
    void aTypedCardIsEnrolledAndACardSomeoneHoldsIsRefusedNamingThem() {
        browser.signedIn(kiosk.staffToken);
        browser.openMember("Keller", anna.id());

        browser.find("#card-uid").sendKeys(berndCard);
        browser.find("#card-form button[type=submit]").click();
        browser.waitForText("status", "Bernd V.");
        assertThat(browser.text("member-cards")).isEqualTo("No card yet.");

        browser.find("#card-uid").sendKeys("04:A3:C6:CA:E2:61:80");
        browser.find("#card-form button[type=submit]").click();
        browser.waitForText("member-cards", NEW_CARD);
    }

    @Test
    void aRevokedCardLeavesTheList() {
        browser.signedIn(kiosk.staffToken);
        browser.openMember("Vogel", bernd.id());
        browser.waitForText("member-cards", berndCard);

        browser.find("#member-cards button").click();
        browser.waiting().until(ExpectedConditions.alertIsPresent()).accept();

        browser.waitForText("member-cards", "No card yet.");
        browser.waitForText("status", "was revoked");
        assertThat(kiosk.checkIn(berndCard)).isNotInstanceOf(
                org.backclass.domain.checkin.CheckInOutcome.CheckedIn.class);
    }
}
