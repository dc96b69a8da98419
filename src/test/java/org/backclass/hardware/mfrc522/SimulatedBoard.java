package org.backclass.hardware.mfrc522;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiChipSelect;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backclass.domain.card.CardRead;
import org.backclass.testing.MutableClock;
import org.slf4j.LoggerFactory;

/**
 * A reader as the production factory builds it, on a Pi4J context whose SPI and reset-pin
 * providers are a {@link SimulatedMfrc522}; card reads are collected. The reader's log is
 * captured (and kept out of the build output, since many tests provoke warnings on purpose).
 */
final class SimulatedBoard implements AutoCloseable {

    final SimulatedMfrc522 chip = new SimulatedMfrc522();
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T07:00:00Z"), ZoneOffset.UTC);
    final SimulatedSpiProvider spiProvider = SimulatedSpiProvider.of(chip);
    final Context pi4j = Pi4J.newContextBuilder().noAutoDetect()
            .add(spiProvider, SimulatedResetPinProvider.wiredTo(chip)).build();
    final List<CardRead> reads = new CopyOnWriteArrayList<>();
    final Mfrc522Reader reader;
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final List<Logger> loggers = List.of((Logger) LoggerFactory.getLogger(Mfrc522Reader.class),
            (Logger) LoggerFactory.getLogger(Mfrc522Readers.class));

    SimulatedBoard() {
        this(Mfrc522Settings.defaults(0, 0));
    }

    SimulatedBoard(Mfrc522Settings settings) {
        log.start();
        for (Logger logger : loggers) {
            logger.addAppender(log);
            logger.setAdditive(false);
            logger.setLevel(Level.DEBUG);
        }
        reader = Mfrc522Readers.open(pi4j, "front", settings, clock, chip.timing());
        reader.useSink(read -> {
            reads.add(read);
            return null;
        });
    }

    /** The canonical keys read so far, in order. */
    List<String> keys() {
        return reads.stream().map(CardRead::primaryKey).toList();
    }

    /** Polls once and returns the SPI transfers that took. */
    long poll() {
        long before = chip.transfers();
        reader.pollOnce();
        return chip.transfers() - before;
    }

    void poll(int times) {
        for (int i = 0; i < times; i++) {
            reader.pollOnce();
        }
    }

    List<String> logLines(Level level) {
        return log.list.stream().filter(e -> e.getLevel() == level).map(ILoggingEvent::getFormattedMessage).toList();
    }

    /**
     * A bare chip driver on the same simulated chip (its own SPI device on chip select 1), for
     * tests below the reader.
     */
    Mfrc522 driver() {
        Spi spi = pi4j.create(Spi.newConfigBuilder(pi4j).id("protocol-test").bus(0)
                .chipSelect(SpiChipSelect.CS_1).provider(Mfrc522Readers.SPI_PROVIDER).build());
        return new Mfrc522(new Mfrc522Bus(spi, "/dev/spidev0.1"), null, chip.timing());
    }

    /** Closes the reader and the context, and fails if the driver broke the SPI framing. */
    @Override
    public void close() {
        reader.close();
        pi4j.shutdown();
        if (!chip.violations().isEmpty()) {
            throw new AssertionError("SPI framing violations: " + chip.violations());
        }
        for (Logger logger : loggers) {
            logger.detachAppender(log);
            logger.setAdditive(true);
            logger.setLevel(null);
        }
    }
}
