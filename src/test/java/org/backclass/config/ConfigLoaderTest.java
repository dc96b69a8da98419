package org.backclass.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private Path write(String text) throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void theShippedConfigurationIsValid() {
        KioskConfig c = ConfigLoader.load(Path.of("kiosk-config/kiosk.properties"));

        assertThat(c.kioskId()).isEqualTo("studio-1");
        assertThat(c.screen().fullscreen()).isTrue();
        assertThat(c.api().port()).isEqualTo(8080);
        assertThat(c.checkIn().before()).isEqualTo(Duration.ofMinutes(30));
        assertThat(c.sound().tones()).isTrue();
    }

    @Test
    void anEmptyFileGivesTheDefaults() throws Exception {
        KioskConfig c = ConfigLoader.load(write("# nothing set\n\n"));

        assertThat(c).isEqualTo(ConfigLoader.defaults(dir));
        assertThat(c.screen().idleTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(c.checkIn().after()).isEqualTo(Duration.ofMinutes(15));
        assertThat(c.checkIn().repeatIgnore()).isEqualTo(Duration.ofSeconds(3));
        assertThat(c.sound().tones()).isTrue();
        assertThat(c.databasePath()).isEqualTo(dir.getParent().resolve("data/backclass.db"));
        assertThat(c.mediaDir()).isEqualTo(dir.getParent().resolve("media"));
    }

    @Test
    void relativePathsResolveAgainstTheConfigFolderAndAbsoluteOnesStay() throws Exception {
        Path sub = Files.createDirectories(dir.resolve("site/kiosk-config"));
        Path file = sub.resolve("kiosk.properties");
        Files.writeString(file, "database.path = db/kiosk.db\nmedia.dir = /srv/media\n");

        KioskConfig c = ConfigLoader.load(file);

        assertThat(c.databasePath()).isEqualTo(sub.resolve("db/kiosk.db"));
        assertThat(c.mediaDir()).isEqualTo(Path.of("/srv/media"));
    }

    @Test
    void valuesAreParsed() throws Exception {
        KioskConfig c = ConfigLoader.load(write("""
                \uFEFFkiosk.id = front_desk-2
                ui.locale = de
                ui.zone = Europe/Berlin
                ui.screen = window
                ui.window = 800x480
                ui.idle-timeout = 45s
                api.port = 9090
                api.max-body = 64KB
                checkin.before = 1h
                checkin.repeat-ignore = 1500ms
                sound.tones = off
                """));

        assertThat(c.kioskId()).isEqualTo("front_desk-2");
        assertThat(c.locale()).isEqualTo(Locale.GERMAN);
        assertThat(c.zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(c.screen()).isEqualTo(new KioskConfig.Screen(false, 800, 480, Duration.ofSeconds(45)));
        assertThat(c.api().maxBodyBytes()).isEqualTo(65536);
        assertThat(c.checkIn().before()).isEqualTo(Duration.ofHours(1));
        assertThat(c.checkIn().repeatIgnore()).isEqualTo(Duration.ofMillis(1500));
        assertThat(c.sound()).isEqualTo(new KioskConfig.Sound(false));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # file content                      | line | the message names
            ui.locale = fr                      | 1    | bad value 'fr' for ui.locale; allowed: en, de
            api.port = 70000                    | 1    | allowed: a port number from 1 to 65535
            api.port = eighty                   | 1    | allowed: a port number
            ui.idle-timeout = 2s                | 1    | allowed: between 5s and 10m
            ui.idle-timeout = soon              | 1    | a number with ms, s, m or h
            ui.window = 640x480                 | 1    | from 800x480 to 3840x2160
            ui.screen = kiosk                   | 1    | allowed: fullscreen, window
            reader.type = rc522                 | 1    | allowed: simulated
            kiosk.id = 'studio 1'               | 1    | letters, digits
            ui.zone = Mars/Olympus              | 1    | a time zone such as Europe/Berlin
            api.enabled = maybe                 | 1    | allowed: true, false
            instructor.pin = 4711               | 1    | allowed: none, or pbkdf2-sha256:ITERATIONS:SALT:HASH
            api.max-body = 10GB                 | 1    | a size such as
            sound.tones = loud                  | 1    | bad value 'loud' for sound.tones; allowed: on, off
            sound.tones = true                  | 1    | allowed: on, off
            ui.colour = blue                    | 1    | unknown key 'ui.colour'; allowed keys: kiosk.id
            just some words                     | 1    | expected 'key = value'
            """)
    void badLinesAreReportedWithFileLineAndAllowedValues(String content, int line, String expected) throws Exception {
        Path file = write("# site settings\n" + content.replace("'", "") + "\n");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":" + (line + 1) + ": ")
                .hasMessageContaining(expected)
                .satisfies(e -> assertThat(((ConfigException) e).line()).isEqualTo(line + 1));
    }

    @Test
    void aKeySetTwiceNamesBothLines() throws Exception {
        Path file = write("api.port = 8080\n\napi.port = 8081\n");

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .hasMessage(file + ":3: 'api.port' is already set on line 1");
    }

    @Test
    void aMissingFileIsNamed() {
        Path file = dir.resolve("nope.properties");

        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessage(file + ": file not found");
    }

    @Test
    void binaryGarbageIsNotText() throws Exception {
        Path file = dir.resolve("kiosk.properties");
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, (byte) 0xc3, 0x28});

        assertThatThrownBy(() -> ConfigLoader.load(file)).hasMessage(file + ": not UTF-8 text");
    }

    @Test
    void windowsLineEndingsAreFine() throws Exception {
        Path file = dir.resolve("crlf.properties");
        Files.write(file, "ui.locale = de\r\napi.port = 8090\r\n".getBytes(StandardCharsets.UTF_8));

        assertThat(ConfigLoader.load(file).api().port()).isEqualTo(8090);
    }
}
