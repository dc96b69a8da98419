package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.member.Member;
import org.backclass.store.JdbcConsentStore;
import org.backclass.store.JdbcPainReportStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The staff web page end to end in a real headless Chromium (see {@link StaffBrowser}) against a
 * real kiosk API on loopback: sign in, watch a check-in appear by itself, alerts, download the
 * attendance CSV, open a member; and the static files' own safety over plain HTTP.
 */
class StaffPageBrowserTest {

    @TempDir
    Path dir;
    TestKiosk kiosk;
    StaffBrowser browser;
    Member anna;
    String annaCard;

    @BeforeEach
    void start() throws IOException {
        kiosk = TestKiosk.start(dir);
        anna = kiosk.member("Anna", "Keller", "M-001");
        annaCard = kiosk.card(anna, 1);
        new JdbcConsentStore(kiosk.db, kiosk.clock).record(anna.id(), true, HealthConsent.RecordedBy.MEMBER);
        UUID type = kiosk.timetable.createClassType("Back Basics", "", Duration.ofMinutes(60));
        kiosk.timetable.addOneOffSession(type, Instant.parse("2025-03-10T09:15:00Z"), Duration.ofMinutes(60),
                "Studio 1", null, 12);
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
    void signInAndACheckInAppearsOnTodayByItself() {
        browser.signedIn(kiosk.staffToken);

        browser.waitForText("sessions", "0 of 12 checked in");
        assertThat(browser.driver.getCurrentUrl()).doesNotContain(kiosk.staffToken);
        assertThat(browser.text("sessions")).contains("Back Basics");
        assertThat(browser.text("alerts")).isEqualTo("Nothing needs attention.");

        HttpResponse<String> tap = kiosk.postJson("/api/v1/simulator/taps", kiosk.staffToken,
                "{\"uid\":\"" + annaCard + "\"}");
        assertThat(tap.statusCode()).as(tap.body()).isEqualTo(200);

        browser.waitForText("sessions", "1 of 12 checked in");
        assertThat(browser.text("sessions")).contains("Anna K.").doesNotContain("Keller");
        assertThat(browser.text("checked-in")).contains("Anna K.");
        assertThat(browser.text("today-updated")).matches("Updated \\d\\d:\\d\\d:\\d\\d\\.");

        browser.find("#sign-out").click();
        browser.waitForText("status", "Signed out.");
        assertThat(browser.find("#sign-in").isDisplayed()).isTrue();
        assertThat(browser.script("return sessionStorage.length")).isEqualTo(0L);
    }

    @Test
    void anOpenRedFlagAndAnUnknownCardShowAsAlerts() {
        kiosk.checkedInId(annaCard);
        kiosk.redFlagStore.record(anna.id(), null, true);
        HttpResponse<String> unknown = kiosk.postJson("/api/v1/simulator/taps", kiosk.staffToken,
                "{\"uid\":\"04FFFFFF112233\"}");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(200);

        browser.signedIn(kiosk.staffToken);

        browser.waitForText("alerts", "Anna K.: a red flag is open");
        assertThat(browser.text("alerts")).contains("1 unknown card tapped since the kiosk started")
                .doesNotContain("Keller");
    }

    @Test
    void aViewerSeesTodayButIsToldRedFlagsAreForStaff() {
        kiosk.checkedInId(annaCard);
        kiosk.redFlagStore.record(anna.id(), null, true);

        browser.signedIn(kiosk.viewerToken);

        browser.waitForText("alerts", "Red flags are shown to staff tokens only.");
        assertThat(browser.text("alerts")).doesNotContain("red flag is open");
        assertThat(browser.text("checked-in")).contains("Anna K.");
    }

    @Test
    void aWrongTokenIsRefusedWithAPlainMessage() {
        browser.signIn("bc_not-a-token");

        browser.waitForText("status", "not accepted");
        assertThat(browser.find("#sign-in").isDisplayed()).isTrue();
        assertThat(browser.find("#tabs").isDisplayed()).isFalse();
        assertThat(browser.script("return sessionStorage.length")).isEqualTo(0L);
    }

    @Test
    void aTokenRevokedWhileSignedInLeadsBackToSignIn() {
        browser.signedIn(kiosk.staffToken);
        browser.waitForText("sessions", "Back Basics");

        assertThat(kiosk.tokens.revokeAll("staff")).isEqualTo(1);

        browser.waitForText("status", "Your token was not accepted. Please sign in again.");
        assertThat(browser.find("#sign-in").isDisplayed()).isTrue();
        assertThat(browser.find("#today").isDisplayed()).isFalse();
    }

    @Test
    void theAttendanceCsvDownloadsWithTheBearerTokenNotInAUrl() throws Exception {
        kiosk.checkedInId(annaCard);
        browser.signedIn(kiosk.viewerToken);
        browser.tab("attendance");
        // the range starts as the kiosk's own today (its clock stands on 10 March 2025), not the browser's
        assertThat(browser.find("#att-from").getAttribute("value")).isEqualTo("2025-03-10");
        browser.find("#attendance-form button[type=submit]").click();
        browser.waitForText("att-table", "Anna Keller");
        browser.waitForText("status", "1 check-in.");

        browser.find("#att-csv").click();

        Path csv = browser.downloaded("attendance-2025-03-10-2025-03-10.csv");
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith("id,day,checkedInAt,memberId,firstName,lastName");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).contains("Anna,Keller,M-001").contains("Back Basics");
    }

    @Test
    void aMembersDetailShowsTheirVisitsAndPainChart() {
        UUID visit = kiosk.checkedInId(annaCard);
        new JdbcPainReportStore(kiosk.db, kiosk.clock).add(new PainReport(UUID.randomUUID(), anna.id(), visit, 4,
                PainReport.AT_CHECK_IN, kiosk.clock.instant()));
        kiosk.member("Bernd", "Vogel", "M-002");
        browser.signedIn(kiosk.staffToken);

        browser.openMember("kell", anna.id());

        assertThat(browser.text("member-list")).doesNotContain("Bernd");
        browser.waitForText("member-attendance", "Back Basics");
        assertThat(browser.text("member-name")).isEqualTo("Anna Keller");
        assertThat(browser.text("member-cards")).containsIgnoringCase("A:" + annaCard);
        WebElement chart = browser.find("#member-chart svg");
        assertThat(chart.getAttribute("aria-label")).isEqualTo("Pain at check-in, 0 to 10: 4");
    }

    @Test
    void onlyThePagesOwnFilesAreServedWithAStrictPolicy() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(kiosk.uri("/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                csp -> assertThat(csp).startsWith("default-src 'self'"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-cache");
        for (String path : List.of("/staff/", "/staff/nope.js", "/staff/..%2F..%2Fetc%2Fpasswd",
                "/staff/%2e%2e/index.html", "/staff/staff.js%00.html", "/staff/STAFF.JS", "/index.html")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(kiosk.uri(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isBetween(400, 404);
            assertThat(response.body()).as(path).doesNotContain("root:").doesNotContain("import {");
        }
        // A fresh connection: Jetty rightly closes one after a malformed URI, and a POST is not retried.
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(kiosk.uri("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void everyModuleIsJavaScriptAndRevalidatesByItsEntityTag() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        for (String module : List.of("staff", "api", "today", "attendance", "members", "cards", "import")) {
            HttpResponse<String> first = http.send(HttpRequest.newBuilder(kiosk.uri("/staff/" + module + ".js"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(first.statusCode()).as(module).isEqualTo(200);
            assertThat(first.headers().firstValue("Content-Type")).as(module)
                    .hasValue("text/javascript; charset=utf-8");
            String etag = first.headers().firstValue("ETag").orElseThrow();
            HttpResponse<String> again = http.send(HttpRequest.newBuilder(kiosk.uri("/staff/" + module + ".js"))
                    .header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(again.statusCode()).as(module).isEqualTo(304);
            assertThat(again.body()).isEmpty();
        }
        HttpResponse<String> css = http.send(HttpRequest.newBuilder(kiosk.uri("/staff/staff.css"))
                .header("If-None-Match", "\"stale\"").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void onAPhoneEveryVisibleControlIsAtLeast44PixelsAndLabelled() {
        browser.phoneSized();
        browser.signedIn(kiosk.staffToken);
        for (String tab : List.of("today", "attendance", "members", "import")) {
            browser.tab(tab);
            for (WebElement control : browser.driver.findElements(By.cssSelector("button, input, select"))) {
                if (!control.isDisplayed()) {
                    continue;
                }
                String name = control.getAttribute("id") + " " + control.getText();
                assertThat(control.getSize().getHeight()).as(tab + ": " + name).isGreaterThanOrEqualTo(44);
                if (!control.getTagName().equals("button")) {
                    String id = control.getAttribute("id");
                    assertThat(browser.driver.findElements(By.cssSelector("label[for='" + id + "']")))
                            .as(tab + ": a label for " + id).isNotEmpty();
                }
            }
        }
        Object overflow = browser.script("return document.documentElement.scrollWidth > window.innerWidth");
        assertThat(overflow).as("no sideways scrolling on a phone").isEqualTo(false);
    }
}
