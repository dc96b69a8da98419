package org.backclass.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged app folder the way a user does: {@code target/backclass/bin/backclass}.
 * Proves the launcher finds a JDK ≥ 21 by itself (even past a too-old JAVA_HOME), that the
 * demo comes up headless and answers HTTP, and that SIGTERM shuts it down in order.
 */
class LauncherIT {

    private static final Path APP = Path.of(System.getProperty("backclass.appDir", "target/backclass"));
    private static final Path LAUNCHER = APP.resolve("bin/backclass");

    @TempDir
    Path dir;

    /** Starts the launcher; its stderr (the log) goes to {@code stderr}, read after it exits. */
    private static Process start(Path stderr, Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(LAUNCHER.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile());
        pb.environment().remove("JAVA_HOME");
        pb.environment().putAll(env);
        return pb.start();
    }

    /** A JDK 17 as far as the launcher can tell (its release file), which it must pass over. */
    private Path fakeOldJdk() throws IOException {
        Path jdk = Files.createDirectories(dir.resolve("old-jdk/bin"));
        Path java = jdk.resolve("java");
        Files.writeString(java, "#!/bin/sh\necho 'this fake JDK must not be used' >&2\nexit 99\n");
        java.toFile().setExecutable(true);
        Files.writeString(jdk.getParent().resolve("release"), "JAVA_VERSION=\"17.0.2\"\n");
        return jdk.getParent();
    }

    @Test
    void theAppFolderIsComplete() {
        assertThat(Files.isExecutable(LAUNCHER)).isTrue();
        assertThat(APP.resolve("lib/backclass.jar")).exists();
        assertThat(APP.resolve("lib/javafx/x86_64")).isDirectoryContaining("glob:**javafx-graphics-*-linux.jar");
        assertThat(APP.resolve("lib/javafx/aarch64")).isDirectoryContaining("glob:**javafx-graphics-*-linux-aarch64.jar");
        assertThat(APP.resolve("kiosk-config/kiosk.properties")).exists();
    }

    @Test
    void headlessDemoStartsAnswersAndStopsInOrderOnSigterm() throws Exception {
        Map<String, String> env = Map.of("JAVA_HOME", fakeOldJdk().toString());
        Path stderr = dir.resolve("stderr.log");
        Process p = start(stderr, env, "demo", "--headless", "--port", "0", "--data-dir", dir.toString());
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String api = null;
            String token = null;
            String page = null;
            String line;
            while ((line = out.readLine()) != null && (api == null || token == null)) {
                if (line.strip().startsWith("Staff page:")) {
                    page = line.strip().split("\\s+")[2];
                } else if (line.strip().startsWith("API:")) {
                    api = line.substring(line.indexOf("http")).strip();
                } else if (line.strip().startsWith("Staff token:")) {
                    token = line.strip().split("\\s+")[2];
                }
            }
            assertThat(api).as("the demo prints its API URL").startsWith("http://127.0.0.1:");
            assertThat(token).startsWith("bc_");

            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(api + "health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"ok\":true");
            HttpResponse<String> members = http.send(HttpRequest.newBuilder(URI.create(api + "members"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(members.body()).contains("Anna", "A:04A3C6CAE26180");
            assertThat(page).as("the demo prints the staff page").isEqualTo(api.replace("api/v1/", ""));
            HttpResponse<String> staffPage = http.send(HttpRequest.newBuilder(URI.create(page)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(staffPage.statusCode()).isEqualTo(200);
            assertThat(staffPage.body()).contains("<html").contains("BackClass");

            p.destroy();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).as("stops within 30 s of SIGTERM").isTrue();
            String log = Files.readString(stderr);
            assertThat(log).contains("is not a JDK 21 or newer").contains("First idle frame")
                    .contains("BackClass stopped");
            assertThat(log).containsSubsequence("Stopped api", "Stopped card reader", "Stopped workers",
                    "Stopped database", "Stopped JavaFX");
            try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("backclass.db"));
                    var rs = c.createStatement().executeQuery(
                            "SELECT COUNT(*) FROM api_token WHERE label = 'demo' AND revoked_at IS NULL")) {
                rs.next();
                assertThat(rs.getInt(1)).as("the printed demo token dies with the demo").isZero();
            }
        } finally {
            p.destroyForcibly();
        }
    }

    @Test
    void withoutADisplayTheWindowedDemoSaysWhatToDo() throws Exception {
        Path stderr = dir.resolve("stderr.log");
        ProcessBuilder pb = new ProcessBuilder(LAUNCHER.toString(), "demo", "--port", "0", "--data-dir",
                dir.toString()).redirectError(stderr.toFile());
        pb.environment().remove("DISPLAY");
        Process p = pb.start();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(stderr)).contains("no display to show the kiosk on").contains("--headless")
                .doesNotContain("\tat ");
    }

    @Test
    void badConfigurationExitsWithTwoAndAClearMessage() throws Exception {
        Path config = dir.resolve("kiosk.properties");
        Files.writeString(config, "ui.locale = fr\n");

        Path stderr = dir.resolve("stderr.log");
        Process p = start(stderr, Map.of(), "run", "--config", config.toString());

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isEqualTo(2);
        assertThat(Files.readString(stderr)).contains(config + ":1: bad value 'fr' for ui.locale; allowed: en, de")
                .doesNotContain("\tat ");
    }
}
