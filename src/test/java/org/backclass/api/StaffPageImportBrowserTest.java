package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Importing members from a CSV file on the staff page in a real headless Chromium: the kiosk's
 * row errors (line, field, message) as a table with nothing changed, or its counts on success.
 * Needs {@code POST /api/v1/members/import} (issue 6, members part).
 */
class StaffPageImportBrowserTest {

    @TempDir
    Path dir;
    TestKiosk kiosk;
    StaffBrowser browser;

    @BeforeEach
    void start() throws IOException {
        kiosk = TestKiosk.start(dir);
        kiosk.member("Anna", "Keller", "M-001");
        browser = StaffBrowser.open(kiosk, dir);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.close();
        }
        kiosk.close();
    }

    private static String resource(String name) {
        try {
            return Path.of(StaffPageImportBrowserTest.class.getResource("/web/" + name).toURI()).toString();
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }

    private void importFile(String name) {
        browser.signedIn(kiosk.staffToken);
        browser.tab("import");
        browser.find("#import-file").sendKeys(resource(name));
        browser.find("#import-form button[type=submit]").click();
    }

    @Test
    void aRowErrorIsShownWithItsLineNumberAndNothingIsImported() {
        importFile("members-with-error.csv");

        browser.waitForText("status", "Nothing was imported");
        assertThat(browser.find("#import-errors").isDisplayed()).isTrue();
        List<WebElement> rows = browser.driver.findElements(By.cssSelector("#import-errors tbody tr"));
        assertThat(rows).hasSize(1);
        List<WebElement> cells = rows.get(0).findElements(By.tagName("td"));
        assertThat(cells.get(0).getText()).isEqualTo("3");
        assertThat(cells.get(1).getText()).isEqualToIgnoringCase("email");
        assertThat(cells.get(2).getText()).isNotBlank();
        assertThat(kiosk.members.listWithCards()).extracting(Member::memberNumber).containsExactly("M-001");
    }

    @Test
    void aGoodFileShowsTheCounts() {
        importFile("members-good.csv");

        browser.waitForText("import-result", "members-good.csv imported: 2 created, 1 updated, 1 card enrolled.");
        assertThat(browser.find("#import-errors").isDisplayed()).isFalse();
        assertThat(kiosk.members.listWithCards()).extracting(Member::memberNumber)
                .containsExactlyInAnyOrder("M-001", "M-101", "M-102");
    }

    @Test
    void choosingNoFileIsAnsweredWithoutAskingTheKiosk() {
        browser.signedIn(kiosk.staffToken);
        browser.tab("import");

        browser.find("#import-form button[type=submit]").click();

        browser.waitForText("status", "Choose a CSV file first.");
    }
}
