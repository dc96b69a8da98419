package org.backclass.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.backclass.config.ConfigLoader;
import org.backclass.config.KioskConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole path, through the real composition root: a simulated tap over HTTP → a committed
 * row in the SQLite file → visible in the attendance API → the welcome screen shows the name.
 */
class CheckInEndToEndTest {

    @TempDir
    Path dir;
    private Kiosk kiosk;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void startDemoKiosk() {
        KioskConfig defaults = ConfigLoader.defaults(dir);
        KioskConfig config = defaults.withDatabasePath(dir.resolve("backclass.db"))
                .withApi(new KioskConfig.Api(true, "127.0.0.1", 0, 1 << 20))
                .withScreen(new KioskConfig.Screen(false, 1280, 800, java.time.Duration.ofSeconds(20)));
        kiosk = Kiosk.start(new KioskOptions(config, true, true, true));
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    @Test
    void aTapIsStoredReportedAndWelcomed() throws Exception {
        String token = kiosk.demoToken().orElseThrow();
        URI api = kiosk.apiUri().orElseThrow();

        HttpResponse<String> tap = http.send(HttpRequest.newBuilder(api.resolve("/api/v1/simulator/taps"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"uid\":\"" + DemoGym.CARD_UIDS.get(0) + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());

        assertThat(tap.statusCode()).isEqualTo(200);
        assertThat(tap.body()).contains("\"outcome\":\"checkedIn\"").contains("Anna K.");
        String attendanceId = tap.body().replaceAll(".*\"attendanceId\":\"([^\"]+)\".*", "$1");

        try (var c = DriverManager.getConnection("jdbc:sqlite:" + kiosk.databaseFile());
                var rs = c.createStatement().executeQuery(
                        "SELECT m.first_name FROM attendance a JOIN member m ON m.id = a.member_id WHERE a.id = '"
                                + attendanceId + "'")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("Anna");
        }

        HttpResponse<String> report = http.send(HttpRequest.newBuilder(api.resolve("/api/v1/attendance"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(report.statusCode()).isEqualTo(200);
        assertThat(report.body()).contains(attendanceId).contains("\"firstName\":\"Anna\"");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Anna K.".equals(welcomeName()));
    }

    private String welcomeName() {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                Node node = kiosk.scene().orElseThrow().lookup("#welcome-name");
                return node instanceof Labeled l && node.isVisible() ? l.getText() : null;
            }).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
