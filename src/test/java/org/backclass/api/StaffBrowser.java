package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium on the staff page: Debian's {@code chromium} driven through its own
 * {@code chromedriver} (both installed by {@code .ci/run}; Selenium Manager is never asked to
 * download anything). Missing binaries fail the test with a clear message rather than skipping it.
 * Downloads land in {@link #downloads}.
 */
final class StaffBrowser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Duration WAIT = Duration.ofSeconds(15);

    final WebDriver driver;
    final Path downloads;
    private final TestKiosk kiosk;

    private StaffBrowser(TestKiosk kiosk, Path dir) throws IOException {
        this.kiosk = kiosk;
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
        driver = new ChromeDriver(service, options);
    }

    /** Starts Chromium; fails (never skips) when Debian's chromium or chromium-driver is missing. */
    static StaffBrowser open(TestKiosk kiosk, Path dir) throws IOException {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("Debian's chromium and chromium-driver are needed at " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (.ci/run installs them: sudo apt-get install -y chromium chromium-driver)").isTrue();
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        return new StaffBrowser(kiosk, dir);
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT);
    }

    void signIn(String token) {
        driver.get(kiosk.uri("/").toString());
        driver.findElement(By.id("token")).sendKeys(token);
        driver.findElement(By.cssSelector("#sign-in-form button[type=submit]")).click();
    }

    /** Signs in and waits for Today, where the page starts. */
    void signedIn(String token) {
        signIn(token);
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("today")));
    }

    void tab(String name) {
        driver.findElement(By.cssSelector(".tab[data-tab=" + name + "]")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id(name)));
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    void waitForText(String id, String text) {
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    /** Searches on the Members tab and opens the member with this id. */
    void openMember(String search, Object memberId) {
        tab("members");
        driver.findElement(By.id("member-search")).sendKeys(search);
        waiting().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#member-list button[data-member='" + memberId + "']"))).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("member-detail")));
    }

    Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    void phoneSized() {
        driver.manage().window().setSize(new Dimension(390, 844));
    }

    /** Waits until Chrome has finished writing the downloaded file. */
    Path downloaded(String fileName) {
        Path file = downloads.resolve(fileName);
        waiting().until(d -> Files.exists(file) && !Files.exists(downloads.resolve(fileName + ".crdownload")));
        return file;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
