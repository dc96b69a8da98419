package org.backclass.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
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
        assertThat(c.checkIn().redFlagEvery()).isEqualTo(Duration.ofDays(28));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            # file content                      | line | the message names
            ui.locale = fr                      | 1    | bad value 'fr' for ui.locale; allowed: en, de
            api.port = 70000                    | 1    | allowed: a port number from 1 to 65535
            api.port = eighty                   | 1    | allowed: a port number
            ui.idle-timeout = 2s                | 1    | allowed: between 5s and 10m
            ui.idle-timeout = soon              | 1    | a number with ms, s, m, h or d
            checkin.red-flag-every = 400d       | 1    | between 1d and 365d
            ui.window = 640x480                 | 1    | from 800x480 to 3840x2160
            ui.screen = kiosk                   | 1    | allowed: fullscreen, window
            reader.type = rc522                 | 1    | allowed: simulated, mfrc522, usb-keyboard
            reader.spi = 0                      | 1    | BUS.CHIPSELECT as in /dev/spidevBUS.CHIPSELECT
            reader.reset-pin = 40               | 1    | a BCM GPIO number 0-27 (not the physical pin number)
            reader.poll-interval = 5ms          | 1    | between 20ms and 2s
            reader.format = base64              | 1    | allowed: dec, hex
            reader.bytes = 6                    | 1    | allowed: 4, 5, 7
            reader.byte-order = little          | 1    | allowed: msb-first, lsb-first
            gpio.buzzer = GPIO18                | 1    | allowed: none, or a BCM GPIO number
            gpio.chip = 'pin ctrl'              | 1    | a GPIO chip label such as pinctrl
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

    @Test
    void hardwareReadersAndGpioPinsAreRead() throws Exception {
        Path file = write("""
                reader.type = mfrc522
                reader.spi = 0.1
                reader.spi-hz = 4000000
                reader.reset-pin = 25
                reader.poll-interval = 150ms
                reader.errors-before-reset = 5
                gpio.chip = pinctrl-rp1
                gpio.buzzer = 18
                gpio.led-green = 23
                gpio.led-red = 24
                gpio.button-next = 17
                gpio.debounce = 30ms
                """);

        KioskConfig c = ConfigLoader.load(file);

        assertThat(c.reader()).isEqualTo(new KioskConfig.Reader("mfrc522", 0, 1, 4_000_000, 25,
                Duration.ofMillis(150), 5, null, "dec", "msb-first", 4, Duration.ofMillis(200)));
        assertThat(c.reader().hardware()).isTrue();
        assertThat(c.gpio()).isEqualTo(new KioskConfig.Gpio("pinctrl-rp1", 18, 23, 24, 17, Duration.ofMillis(30)));
        assertThat(ConfigLoader.defaults(dir).gpio()).isEqualTo(KioskConfig.Gpio.none());
        assertThat(ConfigLoader.defaults(dir).reader()).isEqualTo(KioskConfig.Reader.simulated());
    }

    @Test
    void aUsbReaderNeedsItsDeviceAndGetsItsFormat() throws Exception {
        Path without = write("reader.type = usb-keyboard\n");
        assertThatThrownBy(() -> ConfigLoader.load(without)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(without + ":1: ").hasMessageContaining("needs reader.device");

        Path with = write("""
                reader.type = usb-keyboard
                reader.device = /dev/input/by-id/usb-IC_Reader-event-kbd
                reader.format = hex
                reader.byte-order = lsb-first
                reader.bytes = 7
                reader.key-gap = 150ms
                """);
        KioskConfig.Reader r = ConfigLoader.load(with).reader();
        assertThat(r.device()).isEqualTo(Path.of("/dev/input/by-id/usb-IC_Reader-event-kbd"));
        assertThat(List.of(r.format(), r.byteOrder(), r.bytes(), r.keyGap()))
                .containsExactly("hex", "lsb-first", 7, Duration.ofMillis(150));
    }

    @Test
    void aGpioPinUsedTwiceIsNamedOnTheSecondLine() throws Exception {
        Path file = write("gpio.buzzer = 18\n# leds\ngpio.led-red = 18\n");

        assertThatThrownBy(() -> ConfigLoader.load(file)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(file + ":3: ")
                .hasMessageContaining("GPIO 18 is already used by gpio.buzzer (line 1)");
    }

    @Test
    void theSitesProgressNumbersAreReadAndThePainZonesMustStayInOrder() throws Exception {
        Path file = write("progress.sessions-per-week = 3\nprogress.missed-flag = 3\nprogress.pain-green-max = 3\n"
                + "progress.pain-amber-max = 6\n");
        KioskConfig.Progress p = ConfigLoader.load(file).progress();
        assertThat(p.plan().sessionsPerWeek()).isEqualTo(3);
        assertThat(p.plan().missedInARowForFlag()).isEqualTo(3);
        assertThat(p.rules().greenMax()).isEqualTo(3);
        assertThat(p.rules().amberMax()).isEqualTo(6);
        assertThat(ConfigLoader.defaults(dir).progress()).isEqualTo(KioskConfig.Progress.defaults());

        Path upsideDown = write("progress.pain-green-max = 6\n");
        assertThatThrownBy(() -> ConfigLoader.load(upsideDown)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(upsideDown + ":1: ").hasMessageContaining("must be below");
    }

    @Test
    void theMinimalImportantChangeIsReadAndBadValuesAreNamed() throws Exception {
        Path file = write("progress.mic-points = 3\nprogress.mic-percent = 25\n");
        assertThat(ConfigLoader.load(file).progress().mic())
                .isEqualTo(new org.backclass.domain.progress.mine.MinimalImportantChange(3, 25));
        assertThat(ConfigLoader.defaults(dir).progress().mic())
                .isEqualTo(org.backclass.domain.progress.mine.MinimalImportantChange.defaults());

        Path zero = write("# a gym's own threshold\nprogress.mic-points = 0\n");
        assertThatThrownBy(() -> ConfigLoader.load(zero)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(zero + ":2: ").hasMessageContaining("progress.mic-points")
                .hasMessageContaining("1-10");
        Path tooMuch = write("progress.mic-percent = 150\n");
        assertThatThrownBy(() -> ConfigLoader.load(tooMuch)).isInstanceOf(ConfigException.class)
                .hasMessageStartingWith(tooMuch + ":1: ").hasMessageContaining("1-100");
    }
}
