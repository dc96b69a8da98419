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
import java.util.Map;
import java.util.UUID;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.member.Member;
import org.backclass.store.JdbcConsentStore;
import org.backclass.store.JdbcPainReportStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The staff web page end to end in a real headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which {@code .ci/run} installs) against a real kiosk API on loopback:
 * sign in, watch a check-in appear by itself, download the attendance CSV, open a member.
 */
class StaffPageBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);

    @TempDir
    Path dir;
    TestKiosk kiosk;
    WebDriver browser;
    Path downloads;
    Member anna;
    String annaCard;

    @BeforeAll
    static void browserIsInstalled() {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("Debian's chromium and chromium-driver are needed (.ci/run installs them: "
                        + "apt-get install chromium chromium-driver)").isTrue();
    }

    @BeforeEach
    void start() throws IOException {
        kiosk = TestKiosk.start(dir);
        anna = kiosk.member("Anna", "Keller", "M-001");
        annaCard = kiosk.card(anna, 1);
        new JdbcConsentStore(kiosk.db, kiosk.clock).record(anna.id(), true, HealthConsent.RecordedBy.MEMBER);
        UUID type = kiosk.timetable.createClassType("Back Basics", "", Duration.ofMinutes(60));
        kiosk.timetable.addOneOffSession(type, Instant.parse("2025-03-10T09:15:00Z"), Duration.ofMinutes(60),
                "Studio 1", null, 12);
        downloads = Files.createDirectories(dir.resolve("downloads"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("chromium-profile"), "--window-size=1100,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        kiosk.close();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, WAIT);
    }

    private void signIn(String token) {
        browser.get(kiosk.uri("/").toString());
        browser.findElement(By.id("token")).sendKeys(token);
        browser.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    @Test
    void signInAndACheckInAppearsOnTodayByItself() {
        signIn(kiosk.staffToken);

        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("today")));
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions"), "0 of 12 checked in"));
        assertThat(browser.getCurrentUrl()).doesNotContain(kiosk.staffToken);
        assertThat(text("sessions")).contains("Back Basics");

        HttpResponse<String> tap = kiosk.postJson("/api/v1/simulator/taps", kiosk.staffToken,
                "{\"uid\":\"" + annaCard + "\"}");
        assertThat(tap.statusCode()).as(tap.body()).isEqualTo(200);

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions"), "1 of 12 checked in"));
        assertThat(text("sessions")).contains("Anna K.").doesNotContain("Keller");
        assertThat(text("checked-in")).contains("Anna K.");
        assertThat(text("today-updated")).startsWith("Updated");

        browser.findElement(By.id("sign-out")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in")));
        assertThat(((JavascriptExecutor) browser).executeScript("return sessionStorage.length")).isEqualTo(0L);
    }

    @Test
    void aWrongTokenIsRefusedWithAPlainMessage() {
        signIn("bc_not-a-token");

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "not accepted"));
        assertThat(browser.findElement(By.id("sign-in")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("tabs")).isDisplayed()).isFalse();
    }

    @Test
    void theAttendanceCsvDownloadsWithTheBearerTokenNotInAUrl() throws Exception {
        kiosk.checkedInId(annaCard);
        signIn(kiosk.viewerToken);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("today")));
        browser.findElement(By.cssSelector(".tab[data-tab=attendance]")).click();
        // the range starts as the kiosk's own today (its clock stands on 10 March 2025), not the browser's
        assertThat(browser.findElement(By.id("att-from")).getAttribute("value")).isEqualTo("2025-03-10");
        browser.findElement(By.cssSelector("#attendance-form button[type=submit]")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("att-table"), "Anna Keller"));

        browser.findElement(By.id("att-csv")).click();

        Path csv = downloads.resolve("attendance-2025-03-10-2025-03-10.csv");
        waiting().until(d -> Files.exists(csv) && !Files.exists(downloads.resolve(csv.getFileName() + ".crdownload")));
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
        signIn(kiosk.staffToken);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("today")));
        browser.findElement(By.cssSelector(".tab[data-tab=members]")).click();

        browser.findElement(By.id("member-search")).sendKeys("kell");
        WebElement open = waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#member-list button[data-member='" + anna.id() + "']")));
        open.click();

        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("member-attendance"), "Back Basics"));
        assertThat(text("member-name")).isEqualTo("Anna Keller");
        WebElement chart = browser.findElement(By.cssSelector("#member-chart svg"));
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
        for (String path : List.of("/staff/", "/staff/nope.js", "/staff/..%2F..%2Fetc%2Fpasswd",
                "/staff/%2e%2e/index.html", "/staff/staff.js%00.html")) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(kiosk.uri(path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(path).isBetween(400, 404);
            assertThat(response.body()).as(path).doesNotContain("root:");
        }
        // A fresh connection: Jetty rightly closes one after a malformed URI, and a POST is not retried.
        HttpResponse<String> post = HttpClient.newHttpClient().send(HttpRequest.newBuilder(kiosk.uri("/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }
}
