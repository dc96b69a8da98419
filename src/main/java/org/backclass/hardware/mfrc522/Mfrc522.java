package org.backclass.hardware.mfrc522;

import static org.backclass.hardware.mfrc522.Mfrc522Registers.*;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.Objects;

/**
 * One MFRC522 chip: reset, configuration, antenna, and the Transceive command with the chip's
 * own timer as the receive timeout. It talks registers through {@link Mfrc522Bus}; the card
 * protocol on top is {@link Iso14443a}.
 *
 * <p><b>Waiting.</b> The chip's timer (TAuto, 25 µs ticks) ends an exchange no card answers. The
 * driver checks the chip's status every {@link #POLL_SLICE_NANOS} and parks the thread in
 * between, so a 1 ms request timeout costs about four status reads instead of a busy loop. A
 * chip that signals neither an answer nor its timer within {@link #GUARD_NANOS} past the
 * timeout is reported as {@link Mfrc522Exception.ChipNotResponding}: that is how a chip that
 * lost its configuration, or stopped answering on the bus, is noticed.
 *
 * <p><b>Threading.</b> Not thread-safe: one poller thread drives it.
 */
final class Mfrc522 {

    /**
     * What a card sent back.
     *
     * @param data         the FIFO's bytes
     * @param lastBits     valid bits in the last byte (ControlReg RxLastBits), 0 when it is whole
     * @param collisionBit 0, or the 1-based position of the first collided bit (CollReg CollPos),
     *                     counted from bit 0 of the first FIFO byte, so including RxAlign
     */
    record Response(byte[] data, int lastBits, int collisionBit) {

        /** Bits received, counted from bit 0 of the first byte. */
        int bits() {
            return data.length == 0 ? 0 : (data.length - 1) * 8 + (lastBits == 0 ? 8 : lastBits);
        }

        boolean collided() {
            return collisionBit > 0;
        }
    }

    static final long POLL_SLICE_NANOS = 250_000;
    static final long GUARD_NANOS = 20_000_000;
    private static final long RESET_LOW_NANOS = 1_000_000;
    /** Oscillator start-up after a hard reset (datasheet §8.8.2; 50 ms is what boards need in practice). */
    private static final long OSCILLATOR_START_NANOS = 50_000_000;
    private static final long SOFT_RESET_STEP_NANOS = 5_000_000;
    private static final long SOFT_RESET_LIMIT_NANOS = 150_000_000;

    private final Mfrc522Bus bus;
    private final DigitalOutput resetPin;
    private final Timing timing;
    /** Timer ticks (TReload + 1) the chip holds; -1 when unknown, after a reset. */
    private int timerTicks = -1;

    /**
     * @param resetPin the GPIO on the chip's NRSTPD pin, or null to use SoftReset
     */
    Mfrc522(Mfrc522Bus bus, DigitalOutput resetPin, Timing timing) {
        this.bus = Objects.requireNonNull(bus, "bus");
        this.resetPin = resetPin;
        this.timing = Objects.requireNonNull(timing, "timing");
    }

    Mfrc522Bus bus() {
        return bus;
    }

    /**
     * Resets the chip, checks that one answers, configures it for ISO 14443-A at 106 kbit/s and
     * switches the antenna on.
     *
     * @return the VersionReg value (0x91, 0x92, 0x88 for the FM17522 clone, ...)
     * @throws Mfrc522Exception.NoChip when VersionReg reads 0x00 or 0xFF
     */
    int init() {
        reset();
        int version = version();
        if (version == 0x00 || version == 0xFF) {
            throw new Mfrc522Exception.NoChip(version);
        }
        configure();
        antenna(true);
        return version;
    }

    int version() {
        return bus.read(VERSION);
    }

    void antenna(boolean on) {
        int txControl = bus.read(TX_CONTROL);
        int wanted = on ? txControl | ANTENNA_ON : txControl & ~ANTENNA_ON;
        if (wanted != txControl) {
            bus.write(TX_CONTROL, wanted);
        }
    }

    /**
     * Sends a frame and waits for the answer.
     *
     * @param frame         bytes to send
     * @param txLastBits    bits of the last byte to send, 0 for all eight (7 for REQA and WUPA)
     * @param rxAlign       bit position in the first FIFO byte where the first received bit goes
     * @param timeoutMicros the chip's receive timeout, a multiple of 25 µs
     * @throws Mfrc522Exception.Timeout when no card answered in time
     */
    Response transceive(byte[] frame, int txLastBits, int rxAlign, long timeoutMicros) {
        int ticks = (int) (timeoutMicros * 1000 / TICK_NANOS);
        setTimer(ticks);
        bus.write(COMMAND, CMD_IDLE);
        bus.write(COM_IRQ, CLEAR_ALL_IRQ);
        bus.write(FIFO_LEVEL, FLUSH_BUFFER);
        bus.write(FIFO_DATA, frame);
        bus.write(COMMAND, CMD_TRANSCEIVE);
        bus.write(BIT_FRAMING, START_SEND | (rxAlign << 4) | txLastBits);
        long deadline = timing.nanoTime() + ticks * TICK_NANOS + GUARD_NANOS;
        int[] status;
        while (true) {
            timing.pause(POLL_SLICE_NANOS);
            // One transfer gives everything the end of an exchange needs.
            status = bus.read(COM_IRQ, ERROR, FIFO_LEVEL, CONTROL, COLL);
            if ((status[0] & (RX_IRQ | IDLE_IRQ)) != 0) {
                break;
            }
            if ((status[0] & TIMER_IRQ) != 0) {
                throw new Mfrc522Exception.Timeout("no answer within " + timeoutMicros + " µs");
            }
            if (timing.nanoTime() - deadline > 0) {
                throw new Mfrc522Exception.ChipNotResponding(String.format(
                        "neither an answer nor the timer after %d µs (ComIrqReg 0x%02X)",
                        (ticks * TICK_NANOS + GUARD_NANOS) / 1000, status[0]));
            }
        }
        return response(status);
    }

    private Response response(int[] status) {
        int error = status[1];
        if ((error & BUFFER_OVFL) != 0) {
            throw new Mfrc522Exception.Protocol(String.format("FIFO overflow (ErrorReg 0x%02X)", error));
        }
        if ((error & PROTOCOL_ERR) != 0) {
            throw new Mfrc522Exception.Protocol(String.format("protocol error (ErrorReg 0x%02X)", error));
        }
        int collisionBit = 0;
        if ((error & COLL_ERR) != 0) {
            int coll = status[4];
            if ((coll & COLL_POS_NOT_VALID) != 0) {
                throw new Mfrc522Exception.Collision("a collision outside the reported range (CollReg "
                        + String.format("0x%02X)", coll));
            }
            collisionBit = (coll & COLL_POS) == 0 ? 32 : coll & COLL_POS;
        } else if ((error & PARITY_ERR) != 0) {
            // After a collision the parity bits collide too, so parity only counts without one.
            throw new Mfrc522Exception.Parity("parity error in the card's answer");
        } else if ((error & CRC_ERR) != 0) {
            throw new Mfrc522Exception.Crc("the chip's CRC check failed");
        }
        int level = status[2] & 0x7F;
        byte[] data = level == 0 ? new byte[0] : bus.readRepeated(FIFO_DATA, level);
        return new Response(data, status[3] & RX_LAST_BITS, collisionBit);
    }

    private void setTimer(int ticks) {
        // Written only when it changes: an empty poll after an empty poll writes nothing here.
        if (ticks != timerTicks) {
            bus.write(T_RELOAD_H, (ticks - 1) >> 8);
            bus.write(T_RELOAD_L, (ticks - 1) & 0xFF);
            timerTicks = ticks;
        }
    }

    private void reset() {
        timerTicks = -1;
        if (resetPin != null) {
            try {
                resetPin.state(DigitalState.LOW);
                timing.pause(RESET_LOW_NANOS);
                resetPin.state(DigitalState.HIGH);
            } catch (RuntimeException e) {
                throw new Mfrc522Exception.Io("the reset pin failed: " + e.getMessage(), e);
            }
            waitFor(OSCILLATOR_START_NANOS);
            return;
        }
        bus.write(COMMAND, CMD_SOFT_RESET);
        long deadline = timing.nanoTime() + SOFT_RESET_LIMIT_NANOS;
        do {
            timing.pause(SOFT_RESET_STEP_NANOS);
        } while ((bus.read(COMMAND) & POWER_DOWN) != 0 && timing.nanoTime() - deadline < 0);
    }

    private void configure() {
        bus.write(TX_MODE, 0x00);
        bus.write(RX_MODE, 0x00);
        bus.write(MOD_WIDTH, MOD_WIDTH_DEFAULT);
        bus.write(T_MODE, T_MODE_AUTO);
        bus.write(T_PRESCALER, T_PRESCALER_25_US);
        bus.write(TX_ASK, FORCE_100_ASK);
        bus.write(MODE, MODE_CRC_A);
        // ValuesAfterColl = 0: bits after a collision are cleared, so the FIFO never mixes two cards' bits.
        bus.write(COLL, 0x00);
    }

    private void waitFor(long nanos) {
        long until = timing.nanoTime() + nanos;
        for (long left = nanos; left > 0; left = until - timing.nanoTime()) {
            timing.pause(left);
        }
    }

    /** What VersionReg says, for the log and the health page. */
    static String describe(int version) {
        String chip = switch (version) {
            case 0x88 -> "FM17522 clone";
            case 0x90 -> "MFRC522 v0.0";
            case 0x91 -> "MFRC522 v1.0";
            case 0x92 -> "MFRC522 v2.0";
            case 0x12 -> "counterfeit MFRC522";
            default -> "unknown MFRC522-compatible chip";
        };
        return String.format("%s (VersionReg 0x%02X)", chip, version);
    }
}
