package org.backclass.hardware.mfrc522;

import java.time.Duration;
import java.util.Objects;

/**
 * Where an MFRC522 (RC522) board is wired and how it is polled.
 *
 * @param spiBus            SPI bus, 0-6 ({@code /dev/spidev<bus>.<cs>}); the Pi header's is 0
 * @param chipSelect        chip select on that bus, 0-10 (CE0 = 0, CE1 = 1)
 * @param baudHz            SPI clock; 1 MHz is safe on jumper wires, the chip allows up to 10 MHz
 * @param resetPin          BCM number of the GPIO wired to the chip's NRSTPD (RST) pin, or null to
 *                          reset with the chip's SoftReset command instead
 * @param pollInterval      time from the start of one poll to the start of the next (10 ms - 10 s)
 * @param errorsBeforeReset consecutive failed polls after which the chip is reset and set up again
 */
public record Mfrc522Settings(int spiBus, int chipSelect, int baudHz, Integer resetPin, Duration pollInterval,
        int errorsBeforeReset) {

    public static final int DEFAULT_BAUD_HZ = 1_000_000;
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(100);
    public static final int DEFAULT_ERRORS_BEFORE_RESET = 3;

    static final int MAX_BAUD_HZ = 10_000_000;
    static final int MIN_BAUD_HZ = 10_000;
    static final Duration MIN_POLL_INTERVAL = Duration.ofMillis(10);
    static final Duration MAX_POLL_INTERVAL = Duration.ofSeconds(10);
    /** The highest GPIO on the Pi's 40-pin header. */
    static final int MAX_HEADER_GPIO = 27;

    public Mfrc522Settings {
        if (spiBus < 0 || spiBus > 6) {
            throw new IllegalArgumentException("spiBus must be 0-6 (/dev/spidev<bus>.<cs>), was " + spiBus);
        }
        if (chipSelect < 0 || chipSelect > 10) {
            throw new IllegalArgumentException("chipSelect must be 0-10 (CE0 = 0, CE1 = 1), was " + chipSelect);
        }
        if (baudHz < MIN_BAUD_HZ || baudHz > MAX_BAUD_HZ) {
            throw new IllegalArgumentException("baudHz must be " + MIN_BAUD_HZ + "-" + MAX_BAUD_HZ
                    + " (the MFRC522 allows at most 10 MHz; 1 MHz is safe on jumper wires), was " + baudHz);
        }
        if (resetPin != null && (resetPin < 0 || resetPin > MAX_HEADER_GPIO)) {
            throw new IllegalArgumentException("resetPin must be a BCM GPIO number 0-" + MAX_HEADER_GPIO
                    + ", or unset for a soft reset, was " + resetPin);
        }
        Objects.requireNonNull(pollInterval, "pollInterval");
        if (pollInterval.compareTo(MIN_POLL_INTERVAL) < 0 || pollInterval.compareTo(MAX_POLL_INTERVAL) > 0) {
            throw new IllegalArgumentException("pollInterval must be 10 ms - 10 s, was " + pollInterval.toMillis()
                    + " ms");
        }
        if (errorsBeforeReset < 1 || errorsBeforeReset > 1000) {
            throw new IllegalArgumentException("errorsBeforeReset must be 1-1000, was " + errorsBeforeReset);
        }
    }

    /** The defaults for a board on {@code /dev/spidev<bus>.<chipSelect>} with no reset pin. */
    public static Mfrc522Settings defaults(int spiBus, int chipSelect) {
        return new Mfrc522Settings(spiBus, chipSelect, DEFAULT_BAUD_HZ, null, DEFAULT_POLL_INTERVAL,
                DEFAULT_ERRORS_BEFORE_RESET);
    }

    public Mfrc522Settings withResetPin(Integer bcm) {
        return new Mfrc522Settings(spiBus, chipSelect, baudHz, bcm, pollInterval, errorsBeforeReset);
    }

    public Mfrc522Settings withPollInterval(Duration interval) {
        return new Mfrc522Settings(spiBus, chipSelect, baudHz, resetPin, interval, errorsBeforeReset);
    }

    public Mfrc522Settings withErrorsBeforeReset(int errors) {
        return new Mfrc522Settings(spiBus, chipSelect, baudHz, resetPin, pollInterval, errors);
    }

    /** The Linux device node, for logs and health: {@code /dev/spidev0.0}. */
    public String device() {
        return "/dev/spidev" + spiBus + "." + chipSelect;
    }
}
