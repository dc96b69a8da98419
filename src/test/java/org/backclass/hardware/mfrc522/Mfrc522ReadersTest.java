package org.backclass.hardware.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.spi.SpiConfig;
import com.pi4j.io.spi.SpiMode;
import com.pi4j.plugin.linuxfs.provider.spi.LinuxFsSpiProviderImpl;
import java.time.Clock;
import java.util.List;
import org.backclass.domain.reader.ReaderStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The factory: explicit providers, and an OFFLINE reader instead of an exception when the device is missing. */
class Mfrc522ReadersTest {

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger factoryLogger = (Logger) LoggerFactory.getLogger(Mfrc522Readers.class);
    // linuxfs logs its own ERROR with a stack trace when /sys/module/spidev is missing (not a Pi).
    private final Logger linuxfsLogger = (Logger) LoggerFactory.getLogger("com.pi4j.plugin.linuxfs");
    private Context pi4j;

    @BeforeEach
    void captureLog() {
        log.start();
        factoryLogger.addAppender(log);
        factoryLogger.setAdditive(false);
        linuxfsLogger.setLevel(Level.OFF);
    }

    @AfterEach
    void tearDown() {
        if (pi4j != null) {
            pi4j.shutdown();
        }
        factoryLogger.detachAppender(log);
        factoryLogger.setAdditive(true);
        linuxfsLogger.setLevel(null);
    }

    @Test
    void theSpiDeviceIsOpenedThroughLinuxfsWithTheSettings() {
        try (SimulatedBoard board = new SimulatedBoard()) {
            SpiConfig config = board.spiProvider.last().config();

            assertThat(config.id()).isEqualTo("mfrc522-front-spi");
            assertThat(config.provider()).isEqualTo("linuxfs-spi");
            assertThat(config.bus().getBus()).isZero();
            assertThat(config.address()).isZero();
            assertThat(config.baud()).isEqualTo(1_000_000);
            assertThat(config.mode()).isEqualTo(SpiMode.MODE_0);
        }
    }

    @Test
    void aMissingSpiDeviceGivesAnOfflineReaderAndOneLogLineWithTheFix() {
        // The real linuxfs provider on a machine without /dev/spidev6.10.
        pi4j = Pi4J.newContextBuilder().noAutoDetect().add(new LinuxFsSpiProviderImpl()).build();

        Mfrc522Reader reader = Mfrc522Readers.open(pi4j, "front", Mfrc522Settings.defaults(6, 10), Clock.systemUTC());

        ReaderStatus status = reader.status();
        assertThat(status.state()).isEqualTo(ReaderStatus.State.OFFLINE);
        assertThat(status.type()).isEqualTo("mfrc522");
        assertThat(status.detail()).isEqualTo("cannot open /dev/spidev6.10 (Failed to open SPI device "
                + "/dev/spidev6.10): enable SPI (dtparam=spi=on in /boot/firmware/config.txt, then reboot) "
                + "and put the kiosk user in groups spi and gpio");
        assertThat(messages()).containsExactly("MFRC522 reader 'front' is offline: " + status.detail());
        assertThatCode(() -> {
            reader.start(read -> null);
            reader.pollOnce();
            reader.close();
        }).doesNotThrowAnyException();
    }

    @Test
    void aContextWithoutTheLinuxfsProviderGivesAnOfflineReader() {
        pi4j = Pi4J.newContextBuilder().noAutoDetect().build();

        Mfrc522Reader reader = Mfrc522Readers.open(pi4j, "front", Mfrc522Settings.defaults(0, 0), Clock.systemUTC());

        assertThat(reader.status().state()).isEqualTo(ReaderStatus.State.OFFLINE);
        assertThat(reader.status().detail()).startsWith("cannot open /dev/spidev0.0 (").contains("linuxfs-spi")
                .endsWith("groups spi and gpio");
        assertThat(messages()).hasSize(1);
    }

    @Test
    void aResetPinThatCannotBeOpenedGivesAnOfflineReaderAndFreesTheSpiDevice() {
        SimulatedMfrc522 chip = new SimulatedMfrc522();
        SimulatedSpiProvider spi = SimulatedSpiProvider.of(chip);
        pi4j = Pi4J.newContextBuilder().noAutoDetect().add(spi, SimulatedResetPinProvider.failing()).build();

        Mfrc522Reader reader = Mfrc522Readers.open(pi4j, "front", Mfrc522Settings.defaults(0, 0).withResetPin(25),
                Clock.systemUTC());

        assertThat(reader.status().state()).isEqualTo(ReaderStatus.State.OFFLINE);
        assertThat(reader.status().detail()).isEqualTo("cannot drive the reset pin GPIO25 (No gpio chip yet "
                + "initialized!): put the kiosk user in group gpio, or leave the reset pin unset to use a soft reset");
        assertThat(messages()).hasSize(1);
        assertThat(spi.last().closed()).isTrue();
        assertThat(pi4j.registry().exists("mfrc522-front-spi")).isFalse();
        reader.pollOnce();
        assertThat(chip.transfers()).isZero();
    }

    @Test
    void aClosedReaderFreesItsDeviceAndPinForTheNextOne() {
        try (SimulatedBoard board = new SimulatedBoard(Mfrc522Settings.defaults(0, 0).withResetPin(25))) {
            board.poll();
            board.reader.close();

            assertThat(board.pi4j.registry().exists("mfrc522-front-reset")).isFalse();
            Mfrc522Reader again = Mfrc522Readers.open(board.pi4j, "front",
                    Mfrc522Settings.defaults(0, 0).withResetPin(25), board.clock, board.chip.timing());
            again.pollOnce();
            assertThat(again.status().state()).isEqualTo(ReaderStatus.State.ONLINE);
            again.close();
        }
    }

    private List<String> messages() {
        return log.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
