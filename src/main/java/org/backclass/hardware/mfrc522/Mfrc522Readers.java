package org.backclass.hardware.mfrc522;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiChipSelect;
import com.pi4j.io.spi.SpiMode;
import java.time.Clock;
import java.util.Objects;
import org.backclass.domain.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens MFRC522 readers on a Pi4J context: SPI through the {@value #SPI_PROVIDER} provider
 * ({@code /dev/spidev<bus>.<cs>}) and the optional reset pin through
 * {@value #RESET_PIN_PROVIDER}, both named explicitly so nothing depends on Pi4J's provider
 * auto-detection.
 */
public final class Mfrc522Readers {

    static final String SPI_PROVIDER = "linuxfs-spi";
    static final String RESET_PIN_PROVIDER = "gpiod-digital-output";
    static final String FIX = "enable SPI (dtparam=spi=on in /boot/firmware/config.txt, then reboot) "
            + "and put the kiosk user in groups spi and gpio";

    private static final Logger LOG = LoggerFactory.getLogger(Mfrc522Readers.class);

    private Mfrc522Readers() {
    }

    /**
     * A reader for the board {@code settings} describes. Never throws for a missing or
     * inaccessible device: the reader is then OFFLINE, its status says why, and one WARN line
     * names the device and the likely fix.
     *
     * @param pi4j     the application's one Pi4J context; the reader frees its SPI device and
     *                 pin in it when closed, the caller shuts the context down after that
     * @param readerId the reader's id in health and card reads; also names the Pi4J I/O
     *                 instances ({@code mfrc522-<id>-spi}, {@code mfrc522-<id>-reset})
     * @param clock    wall time for {@code lastReadAt} and the offline retry
     */
    public static Mfrc522Reader open(Context pi4j, String readerId, Mfrc522Settings settings, Clock clock) {
        return open(pi4j, readerId, settings, clock, Timing.SYSTEM);
    }

    static Mfrc522Reader open(Context pi4j, String readerId, Mfrc522Settings settings, Clock clock,
            Timing timing) {
        Objects.requireNonNull(pi4j, "pi4j");
        Objects.requireNonNull(readerId, "readerId");
        Objects.requireNonNull(settings, "settings");
        String device = settings.device();
        String spiId = "mfrc522-" + readerId + "-spi";
        Spi spi;
        try {
            spi = pi4j.create(Spi.newConfigBuilder(pi4j)
                    .id(spiId)
                    .name("MFRC522 " + readerId)
                    .bus(settings.spiBus())
                    .chipSelect(SpiChipSelect.getByNumber(settings.chipSelect()))
                    .baud(settings.baudHz())
                    .mode(SpiMode.MODE_0)
                    .provider(SPI_PROVIDER)
                    .build());
        } catch (RuntimeException | LinkageError e) {
            // LinkageError: JNA's native part missing for this platform; the kiosk runs on without the reader.
            return unavailable(readerId, settings, clock, "cannot open " + device + " (" + reason(e) + "): " + FIX);
        }
        DigitalOutput resetPin = null;
        if (settings.resetPin() != null) {
            try {
                resetPin = pi4j.create(DigitalOutput.newConfigBuilder(pi4j)
                        .id("mfrc522-" + readerId + "-reset")
                        .name("MFRC522 " + readerId + " reset")
                        .address(settings.resetPin())
                        .initial(DigitalState.HIGH)
                        // Closed is powered down: NRSTPD low stops the oscillator and the field.
                        .shutdown(DigitalState.LOW)
                        .provider(RESET_PIN_PROVIDER)
                        .build());
            } catch (RuntimeException | LinkageError e) {
                try {
                    free(pi4j, spi, null);
                } catch (RuntimeException closing) {
                    LOG.debug("MFRC522 reader '{}': closing {} failed", readerId, device, closing);
                }
                return unavailable(readerId, settings, clock, "cannot drive the reset pin GPIO"
                        + settings.resetPin() + " (" + reason(e) + "): put the kiosk user in group gpio, "
                        + "or leave the reset pin unset to use a soft reset");
            }
        }
        DigitalOutput pin = resetPin;
        Mfrc522 chip = new Mfrc522(new Mfrc522Bus(spi, device), pin, timing);
        return new Mfrc522Reader(readerId, settings, chip, () -> free(pi4j, spi, pin), clock);
    }

    private static Mfrc522Reader unavailable(String readerId, Mfrc522Settings settings, Clock clock,
            String detail) {
        LOG.warn("MFRC522 reader '{}' is offline: {}", readerId, detail);
        return Mfrc522Reader.unavailable(readerId, settings, detail, clock);
    }

    /** Closes the device and takes it out of the context's registry, so the id and address can be used again. */
    private static void free(Context pi4j, Spi spi, DigitalOutput resetPin) {
        try {
            spi.close();
        } finally {
            // Pi4J's registry shutdown of an Spi does not close the file; the close above does.
            if (pi4j.registry().exists(spi.id())) {
                pi4j.shutdown(spi.id());
            }
            if (resetPin != null && pi4j.registry().exists(resetPin.id())) {
                pi4j.shutdown(resetPin.id());
            }
        }
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if ((message == null || message.isBlank()) && cause != null) {
            message = cause.getMessage();
        }
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : LogText.quote(message, 160);
    }
}
