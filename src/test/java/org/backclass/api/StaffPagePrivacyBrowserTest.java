package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A member's rights on the staff page in a real headless Chromium: their data as a file and
 * erasure behind a typed confirmation, both admin only (a staff token is told so plainly).
 */
class StaffPagePrivacyBrowserTest {

    @TempDir
    Path dir;
    TestKiosk kiosk;
    StaffBrowser browser;
    Member anna;

    @BeforeEach
    void start() throws IOException {
        kiosk = TestKiosk.start(dir);
        anna = kiosk.member("Anna", "Keller", "M-001");
        kiosk.card(anna, 1);
        kiosk.member("Bernd", "Vogel", "M-002");
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
    void anAdminDownloadsEverythingStoredAboutAMember() throws IOException {
        browser.signedIn(kiosk.adminToken);
        browser.openMember("Keller", anna.id());

        browser.find("#member-export").click();

        Path file = browser.downloaded("member-" + anna.id() + ".json");
        JsonNode export = TestKiosk.JSON.readTree(Files.readString(file));
        assertThat(export.toString()).contains("Keller").contains("M-001");
        browser.waitForText("status", "was downloaded as member-" + anna.id() + ".json");
    }

    @Test
    void erasingNeedsTheFullNameTypedAndThenTheMemberIsGone() {
        browser.signedIn(kiosk.adminToken);
        browser.openMember("Keller", anna.id());
        assertThat(browser.find("#erase").isEnabled()).as("nothing typed yet").isFalse();

        browser.find("#erase-confirm").sendKeys("Anna Kel");
        assertThat(browser.find("#erase").isEnabled()).as("not the full name").isFalse();
        browser.find("#erase-confirm").sendKeys("ler");
        assertThat(browser.find("#erase").isEnabled()).isTrue();
        browser.find("#erase").click();

        browser.waitForText("status", "Anna Keller was erased.");
        assertThat(browser.find("#member-detail").isDisplayed()).isFalse();
        assertThat(kiosk.members.listWithCards()).extracting(m -> m.name().lastName()).containsExactly("Vogel");
        browser.find("#member-search").clear();
        browser.find("#member-search").sendKeys("Keller");
        browser.waitForText("member-list", "Nobody matches");
    }

    @Test
    void aStaffTokenIsToldPlainlyThatErasingAndExportingNeedAnAdmin() {
        browser.signedIn(kiosk.staffToken);
        browser.openMember("Keller", anna.id());

        browser.find("#erase-confirm").sendKeys("Anna Keller");
        browser.find("#erase").click();

        browser.waitForText("status", "Anna Keller could not be erased: this needs an admin token");
        assertThat(kiosk.members.listWithCards()).extracting(m -> m.name().lastName()).contains("Keller");

        browser.find("#member-export").click();
        browser.waitForText("status", "could not be exported: this needs an admin token");
    }

    @Test
    void theConfirmationIsReachableByKeyboardAlone() {
        browser.signedIn(kiosk.adminToken);
        browser.openMember("Keller", anna.id());

        browser.find("#erase-confirm").sendKeys("Anna Keller" + org.openqa.selenium.Keys.ENTER);

        browser.waitForText("status", "Anna Keller was erased.");
        browser.waiting().until(ExpectedConditions.invisibilityOfElementLocated(By.id("member-detail")));
    }
}
