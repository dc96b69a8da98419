package org.backclass.hardware.mfrc522;

import com.pi4j.io.spi.Spi;
import com.pi4j.io.spi.SpiBase;
import com.pi4j.io.spi.SpiConfig;
import com.pi4j.io.spi.SpiMode;
import com.pi4j.io.spi.SpiProvider;
import com.pi4j.io.spi.SpiProviderBase;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.IntUnaryOperator;

/**
 * A test-only Pi4J SPI provider whose devices are a {@link SimulatedMfrc522}: every full-duplex
 * {@code transfer} goes to the model. Pi4J's own MockSpi keeps one queue for both directions
 * and cannot hold a conversation. Registered under the linuxfs provider's id, so the
 * production factory, which asks for {@code linuxfs-spi} by name, gets the simulator.
 */
final class SimulatedSpiProvider extends SpiProviderBase {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final SimulatedMfrc522 chip;
    private final String failure;
    private volatile SimulatedSpi last;

    private SimulatedSpiProvider(SimulatedMfrc522 chip, String failure) {
        super(Mfrc522Readers.SPI_PROVIDER, "simulated MFRC522 SPI");
        this.chip = chip;
        this.failure = failure;
    }

    static SimulatedSpiProvider of(SimulatedMfrc522 chip) {
        return new SimulatedSpiProvider(chip, null);
    }

    /** A provider that fails to open any device with {@code message}, as linuxfs does without /dev/spidev. */
    static SimulatedSpiProvider failing(String message) {
        return new SimulatedSpiProvider(null, message);
    }

    SimulatedSpi last() {
        return last;
    }

    @Override
    public Spi create(SpiConfig config) {
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
        SimulatedSpi spi = new SimulatedSpi(this, config, chip);
        spi.open();
        context.registry().add(spi);
        last = spi;
        return spi;
    }

    /** One open simulated device. */
    static final class SimulatedSpi extends SpiBase {

        private final SimulatedMfrc522 chip;
        private volatile boolean closed;

        SimulatedSpi(SpiProvider provider, SpiConfig config, SimulatedMfrc522 chip) {
            super(provider, config);
            this.chip = chip;
        }

        boolean closed() {
            return closed;
        }

        @Override
        public void open() {
            if (config().mode() != SpiMode.MODE_0) {
                throw new IllegalArgumentException("the MFRC522 needs SPI mode 0, got " + config().mode());
            }
            isOpen = true;
        }

        @Override
        public void close() {
            closed = true;
            super.close();
        }

        @Override
        public int transfer(byte[] write, int writeOffset, byte[] read, int readOffset, int numberOfBytes) {
            if (closed) {
                throw new IllegalStateException("SPI device " + id() + " is closed");
            }
            byte[] tx = Arrays.copyOfRange(write, writeOffset, writeOffset + numberOfBytes);
            byte[] rx = new byte[numberOfBytes];
            chip.transfer(tx, rx);
            System.arraycopy(rx, 0, read, readOffset, numberOfBytes);
            return numberOfBytes;
        }

        /**
         * The MFRC522's SPI framing (datasheet §8.1.2), chip side: a write frame is an address
         * byte and data for that register; in a read frame each byte is the next address (bit 7
         * set) and the chip answers it on the following byte, the last byte being 0x00.
         * Mistakes the driver makes in framing are reported to {@code violation}.
         */
        static void decode(byte[] tx, byte[] rx, IntUnaryOperator read, BiConsumer<Integer, Integer> write,
                Consumer<String> violation) {
            if (tx.length < 2) {
                violation.accept("a transfer of " + tx.length + " byte(s)");
                return;
            }
            if ((tx[0] & 0x01) != 0) {
                violation.accept("address byte with bit 0 set: " + HEX.formatHex(tx));
            }
            if ((tx[0] & 0x80) == 0) {
                for (int i = 1; i < tx.length; i++) {
                    write.accept((tx[0] >> 1) & 0x3F, tx[i] & 0xFF);
                }
                return;
            }
            for (int i = 1; i < tx.length; i++) {
                if ((tx[i - 1] & 0x80) == 0) {
                    violation.accept("read frame with a write address inside: " + HEX.formatHex(tx));
                }
                rx[i] = (byte) read.applyAsInt((tx[i - 1] >> 1) & 0x3F);
            }
            if (tx[tx.length - 1] != 0) {
                violation.accept("read frame not ended by 0x00: " + HEX.formatHex(tx));
            }
        }

        // Half-duplex reads and writes are not how the MFRC522 is driven: fail loudly if used.
        @Override
        public int read() {
            throw new UnsupportedOperationException("half-duplex read");
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            throw new UnsupportedOperationException("half-duplex read");
        }

        @Override
        public int write(byte b) {
            throw new UnsupportedOperationException("half-duplex write");
        }

        @Override
        public int write(byte[] data, int offset, int length) {
            throw new UnsupportedOperationException("half-duplex write");
        }
    }
}
