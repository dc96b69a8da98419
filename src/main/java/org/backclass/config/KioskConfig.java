package org.backclass.config;

import java.nio.file.Path;
import java.util.List;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.backclass.domain.checkin.CheckInPolicy;
import org.backclass.domain.progress.adherence.AdherencePlan;
import org.backclass.domain.progress.mine.MinimalImportantChange;
import org.backclass.domain.progress.outcome.OutcomeWindows;
import org.backclass.domain.progress.progression.ProgressionRules;
import org.backclass.domain.staff.PinHash;

/**
 * The site settings of one kiosk, validated. Immutable; built by {@link ConfigLoader} from
 * {@code kiosk-config/kiosk.properties}, or by the demo command from defaults.
 * {@code instructorPin} is null when no PIN is set (then only a staff card unlocks).
 */
public record KioskConfig(
        String kioskId,
        String kioskName,
        Locale locale,
        ZoneId zone,
        Screen screen,
        Path databasePath,
        Path mediaDir,
        Api api,
        Reader reader,
        CheckInPolicy checkIn,
        PinHash instructorPin,
        Sound sound,
        Gpio gpio,
        Progress progress) {

    /** How the kiosk shows itself. {@code fullscreen} is production; {@code window} is for desks. */
    public record Screen(boolean fullscreen, int width, int height, Duration idleTimeout) {
    }

    /**
     * The embedded HTTP server. {@code tlsKeystore} (a PKCS#12 file) and {@code tlsPassword} are
     * both null for plain HTTP; {@code corsOrigins} lists the web origins allowed to call it
     * from a browser (empty: none).
     */
    public record Api(boolean enabled, String bindAddress, int port, long maxBodyBytes, Path tlsKeystore,
            String tlsPassword, List<String> corsOrigins) {

        public Api {
            corsOrigins = List.copyOf(corsOrigins);
        }

        /** Plain HTTP, no cross-origin access. */
        public Api(boolean enabled, String bindAddress, int port, long maxBodyBytes) {
            this(enabled, bindAddress, port, maxBodyBytes, null, null, List.of());
        }

        @Override
        public String toString() {
            return "Api[" + bindAddress + ":" + port + (tlsKeystore == null ? "" : ", tls " + tlsKeystore) + "]";
        }
    }

    /**
     * The card reader. {@code simulated} (taps from the API and demo keys), {@code mfrc522} (an
     * RC522 board on SPI: {@code spiBus}, {@code spiChipSelect}, {@code spiHz}, {@code resetPin}
     * or null for a soft reset, {@code pollInterval}, {@code errorsBeforeReset}) or
     * {@code usb-keyboard} (a keyboard-style USB reader: {@code device}, what it types:
     * {@code format} dec|hex, {@code byteOrder} msb-first|lsb-first, {@code bytes}, and
     * {@code keyGap}, the pause that ends a reading without Enter).
     */
    public record Reader(String type, int spiBus, int spiChipSelect, int spiHz, Integer resetPin,
            Duration pollInterval, int errorsBeforeReset, Path device, String format, String byteOrder, int bytes,
            Duration keyGap) {

        public static final String SIMULATED = "simulated";
        public static final String MFRC522 = "mfrc522";
        public static final String USB_KEYBOARD = "usb-keyboard";

        /** A simulated reader with every hardware setting at its default. */
        public static Reader simulated() {
            return new Reader(SIMULATED, 0, 0, 1_000_000, null, Duration.ofMillis(100), 3, null, "dec",
                    "msb-first", 4, Duration.ofMillis(200));
        }

        public boolean hardware() {
            return !SIMULATED.equals(type);
        }
    }

    /**
     * The site's numbers for progress: the attendance plan, the pain-monitoring thresholds and the
     * progress check's schedule and the minimal important change a member's own progress view uses.
     */
    public record Progress(AdherencePlan plan, ProgressionRules rules, Outcomes outcomes, MinimalImportantChange mic) {

        /** With the progress check on, at its default windows, and the default minimal important change. */
        public Progress(AdherencePlan plan, ProgressionRules rules) {
            this(plan, rules, Outcomes.defaults(), MinimalImportantChange.defaults());
        }

        public static Progress defaults() {
            return new Progress(AdherencePlan.defaults(), ProgressionRules.defaults());
        }
    }

    /** The progress check at tap-in ({@code progress.outcomes}): asked or not, and how long each stays open. */
    public record Outcomes(boolean asked, OutcomeWindows windows) {

        public static Outcomes defaults() {
            return new Outcomes(true, OutcomeWindows.defaults());
        }
    }

    /**
     * Buzzer, LEDs and the "next" button on the Pi's header: BCM numbers, null when not fitted.
     * {@code chipLabel} names the GPIO chip (by label, since the Pi 5 numbers chips differently).
     */
    public record Gpio(String chipLabel, Integer buzzer, Integer greenLed, Integer redLed, Integer nextButton,
            Duration debounce) {

        public static Gpio none() {
            return new Gpio("pinctrl", null, null, null, null, Duration.ofMillis(50));
        }

        public boolean anyFitted() {
            return buzzer != null || greenLed != null || redLed != null || nextButton != null;
        }
    }

    /** The sound device. {@code tones}: the class player's 3-2-1 and go beeps, when a device is there. */
    public record Sound(boolean tones) {
    }

    public KioskConfig withDatabasePath(Path path) {
        return new KioskConfig(kioskId, kioskName, locale, zone, screen, path, mediaDir, api, reader, checkIn,
                instructorPin, sound, gpio, progress);
    }

    public KioskConfig withApi(Api newApi) {
        return new KioskConfig(kioskId, kioskName, locale, zone, screen, databasePath, mediaDir, newApi, reader,
                checkIn, instructorPin, sound, gpio, progress);
    }

    public KioskConfig withScreen(Screen newScreen) {
        return new KioskConfig(kioskId, kioskName, locale, zone, newScreen, databasePath, mediaDir, api, reader,
                checkIn, instructorPin, sound, gpio, progress);
    }

    public KioskConfig withReader(Reader newReader) {
        return new KioskConfig(kioskId, kioskName, locale, zone, screen, databasePath, mediaDir, api, newReader,
                checkIn, instructorPin, sound, gpio, progress);
    }

    public KioskConfig withGpio(Gpio newGpio) {
        return new KioskConfig(kioskId, kioskName, locale, zone, screen, databasePath, mediaDir, api, reader,
                checkIn, instructorPin, sound, newGpio, progress);
    }
}
