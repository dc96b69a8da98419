package org.backclass.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.backclass.config.ConfigLoader;
import org.backclass.config.KioskConfig;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.NewMember;
import org.backclass.store.Database;
import org.backclass.store.JdbcMemberStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The real composition root with hardware readers and GPIO configured, on this machine (no SPI,
 * no GPIO chip): nothing stops the kiosk, and a USB reader replaying a recorded event stream
 * checks a member in end to end.
 */
class HardwareKioskTest {

    @TempDir
    Path dir;
    private final HttpClient http = HttpClient.newHttpClient();

    private KioskConfig config(KioskConfig.Reader reader, KioskConfig.Gpio gpio) {
        return ConfigLoader.defaults(dir).withDatabasePath(dir.resolve("backclass.db"))
                .withApi(new KioskConfig.Api(true, "127.0.0.1", 0, 1 << 20)).withReader(reader).withGpio(gpio);
    }

    private String health(Kiosk kiosk) throws Exception {
        URI api = kiosk.apiUri().orElseThrow();
        return http.send(HttpRequest.newBuilder(api.resolve("/api/v1/health")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void anRc522AndGpioPartsThatAreNotThereLeaveTheKioskRunningWithTheReaderOffline() throws Exception {
        KioskConfig.Reader rc522 = new KioskConfig.Reader(KioskConfig.Reader.MFRC522, 0, 0, 1_000_000, 25,
                Duration.ofMillis(100), 3, null, "dec", "msb-first", 4, Duration.ofMillis(200));
        KioskConfig.Gpio gpio = new KioskConfig.Gpio("pinctrl", 18, 23, 24, 17, Duration.ofMillis(50));

        try (Kiosk kiosk = Kiosk.start(new KioskOptions(config(rc522, gpio), false, true, false, null))) {
            String health = health(kiosk);
            assertThat(health).contains("\"type\":\"mfrc522\"").contains("\"state\":\"offline\"")
                    .contains("/dev/spidev0.0");
            assertThat(kiosk.apiUri()).isPresent();
        }
    }

    @Test
    void aUsbReaderReplayingTwoFobsChecksInTheEnrolledOneAndNotTheOther() throws Exception {
        Path replay = dir.resolve("reader.evdev");
        Files.copy(Path.of("src/test/resources/org/backclass/hardware/keyboard/em4100-10digit-two-fobs.evdev"),
                replay);
        Member fob;
        try (Database db = Database.open(dir.resolve("backclass.db"), "kiosk-1")) {
            JdbcMemberStore members = new JdbcMemberStore(db, Clock.systemUTC());
            fob = members.create(new NewMember(new MemberName("Elif", "Yilmaz"), "M1005", null));
            // the fob's 10-digit decimal 0006478258 is its low 32 bits: 0x0062D9B2
            members.enrolCard(fob.id(), CardKey.em4100(HexFormat.of().parseHex("1A0062D9B2")));
        }
        KioskConfig.Reader usb = new KioskConfig.Reader(KioskConfig.Reader.USB_KEYBOARD, 0, 0, 1_000_000, null,
                Duration.ofMillis(100), 3, replay, "dec", "msb-first", 4, Duration.ofMillis(200));

        try (Kiosk kiosk = Kiosk.start(new KioskOptions(config(usb, KioskConfig.Gpio.none()), false, true, false,
                null))) {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> attendanceRows(kiosk, fob) == 1);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> health(kiosk).contains("\"errorCount\":0")
                    && !health(kiosk).contains("\"lastReadAt\":null"));
            assertThat(health(kiosk)).contains("\"type\":\"usb-keyboard\"");
            assertThat(attendanceRows(kiosk, null)).as("the second fob is nobody's").isEqualTo(1);
        }
    }

    private static int attendanceRows(Kiosk kiosk, Member member) throws Exception {
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + kiosk.databaseFile());
                var st = c.prepareStatement(member == null ? "SELECT COUNT(*) FROM attendance"
                        : "SELECT COUNT(*) FROM attendance WHERE member_id = '" + member.id() + "'");
                var rs = st.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
