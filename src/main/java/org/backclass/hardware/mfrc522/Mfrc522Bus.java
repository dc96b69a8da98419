package org.backclass.hardware.mfrc522;

import com.pi4j.io.spi.Spi;
import java.util.Arrays;
import java.util.Objects;

/**
 * The MFRC522's SPI framing (datasheet §8.1.2) over a Pi4J {@link Spi}. Every method is exactly
 * one SPI transfer, that is one chip-select frame, and {@link #transfers()} counts them: the
 * transfer count is what a poll costs on the Pi, where each one is an ioctl of some tens of µs.
 *
 * <ul>
 * <li>Address byte: {@code (reg << 1) & 0x7E}, bit 7 set for a read.</li>
 * <li>A write frame is the address and then data bytes, all for that one register (a FIFO
 * burst).</li>
 * <li>A read frame sends one address byte per value wanted and a final 0x00; the chip answers
 * each address on the next byte. So several registers, or the FIFO several times, are read in
 * one frame.</li>
 * </ul>
 *
 * <p><b>Threading.</b> Not thread-safe: the reader's poller thread is its only user.
 * {@link #transfers()} may be read from any thread.
 */
final class Mfrc522Bus {

    private final Spi spi;
    private final String device;
    /** Written by the poller thread only; volatile so the report and tests can read it. */
    private volatile long transfers;

    Mfrc522Bus(Spi spi, String device) {
        this.spi = Objects.requireNonNull(spi, "spi");
        this.device = Objects.requireNonNull(device, "device");
    }

    String device() {
        return device;
    }

    /** SPI transfers so far. */
    long transfers() {
        return transfers;
    }

    int read(int register) {
        return read(new int[] {register})[0];
    }

    /** The values of several registers, in order, read in one transfer. */
    int[] read(int... registers) {
        byte[] tx = new byte[registers.length + 1];
        for (int i = 0; i < registers.length; i++) {
            tx[i] = readAddress(registers[i]);
        }
        byte[] rx = transfer(tx);
        int[] values = new int[registers.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = rx[i + 1] & 0xFF;
        }
        return values;
    }

    /** {@code count} bytes from one register, in one transfer (the FIFO). */
    byte[] readRepeated(int register, int count) {
        byte[] tx = new byte[count + 1];
        Arrays.fill(tx, 0, count, readAddress(register));
        byte[] rx = transfer(tx);
        return Arrays.copyOfRange(rx, 1, count + 1);
    }

    void write(int register, int value) {
        transfer(new byte[] {writeAddress(register), (byte) value});
    }

    /** Bytes to one register, in one transfer (the FIFO). */
    void write(int register, byte[] data) {
        byte[] tx = new byte[data.length + 1];
        tx[0] = writeAddress(register);
        System.arraycopy(data, 0, tx, 1, data.length);
        transfer(tx);
    }

    private byte[] transfer(byte[] tx) {
        transfers++;
        byte[] rx = new byte[tx.length];
        int result;
        try {
            result = spi.transfer(tx, 0, rx, 0, tx.length);
        } catch (RuntimeException e) {
            throw new Mfrc522Exception.Io("SPI transfer on " + device + " failed: " + e.getMessage(), e);
        }
        // linuxfs returns the byte count and -1 on failure; other providers return 0 on success.
        if (result < 0) {
            throw new Mfrc522Exception.Io("SPI transfer on " + device + " failed (" + result + ")", null);
        }
        return rx;
    }

    private static byte readAddress(int register) {
        return (byte) (0x80 | ((register << 1) & 0x7E));
    }

    private static byte writeAddress(int register) {
        return (byte) ((register << 1) & 0x7E);
    }
}
