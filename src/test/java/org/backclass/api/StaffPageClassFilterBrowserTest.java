package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.support.ui.Select;

/**
 * The attendance report narrowed to one class on the staff page in a real headless Chromium:
 * the classes come from the kiosk's timetable, and the table and the CSV both follow the choice.
 * Needs {@code GET /api/v1/classes} (issue 6, attendance part).
 */
class StaffPageClassFilterBrowserTest {

    @TempDir
    Path dir;
    TestKiosk kiosk;
    StaffBrowser browser;


    @BeforeEach
    void start() throws IOException {
        kiosk = TestKiosk.start(dir);
        UUID backBasics = kiosk.timetable.createClassType("Back Basics", "", Duration.ofMinutes(60));
        UUID pilates = kiosk.timetable.createClassType("Gentle Pilates", "", Duration.ofMinutes(60));
        kiosk.timetable.addOneOffSession(backBasics, Instant.parse("2025-03-10T09:15:00Z"), Duration.ofMinutes(60),
                "Studio 1", null, 12);
        Member anna = kiosk.member("Anna", "Keller", "M-001");
        kiosk.checkedInId(kiosk.card(anna, 1));
        kiosk.clock.advance(Duration.ofHours(3));
        kiosk.timetable.addOneOffSession(pilates, Instant.parse("2025-03-10T12:15:00Z"), Duration.ofMinutes(60),
                "Studio 2", null, 12);
        Member bernd = kiosk.member("Bernd", "Vogel", "M-002");
        kiosk.checkedInId(kiosk.card(bernd, 2));
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
    void oneClassNarrowsTheTableAndTheCsv() throws IOException {
        browser.signedIn(kiosk.viewerToken);
        browser.tab("attendance");
        browser.waitForText("att-class", "Gentle Pilates");

        new Select(browser.find("#att-class")).selectByVisibleText("Gentle Pilates");
        browser.find("#attendance-form button[type=submit]").click();

        browser.waitForText("status", "1 check-in.");
        assertThat(browser.text("att-table")).contains("Bernd Vogel").doesNotContain("Anna Keller");
        browser.find("#att-csv").click();
        List<String> lines = Files.readAllLines(browser.downloaded("attendance-2025-03-10-2025-03-10.csv"),
                StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("Bernd,Vogel").contains("Gentle Pilates");
    }
}
