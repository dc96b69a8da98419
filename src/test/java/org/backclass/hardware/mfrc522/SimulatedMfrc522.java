package org.backclass.hardware.mfrc522;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A register-level model of an MFRC522, behind the SPI framing of datasheet §8.1.2: registers,
 * the 64-byte FIFO, the commands Idle, CalcCRC, Transceive and SoftReset, the timer (TAuto,
 * prescaler, reload) raising TimerIRq in virtual time, BitFramingReg short frames and RxAlign,
 * ControlReg RxLastBits, CollReg, ErrorReg, and a configurable VersionReg (0x92, 0x88 for the
 * FM17522 clone, ...). Cards live in a {@link SimulatedField}.
 *
 * <p>Register addresses and bits are written out here as datasheet numbers, not taken from the
 * driver's constants, so a wrong constant in the driver shows up as a failing test.
 *
 * <p><b>Time.</b> Virtual: it moves only when the driver pauses ({@link #timing()}). A card's
 * answer is complete at the first status read after StartSend; without an answer, TimerIRq
 * rises when the timer's period has passed.
 *
 * <p><b>Faults.</b> {@link #stopAnswering} makes every read return a fixed byte (MISO stuck low or
 * high) until {@link #answerAgain}; {@link #brownOut} silently resets the registers;
 * {@link SimulatedField#inject} spoils single answers.
 *
 * <p>Thread-safe (synchronized): a test thread may move cards while the reader's thread polls.
 */
final class SimulatedMfrc522 {

    private static final long NEVER = Long.MAX_VALUE;

    private final int[] registers = new int[64];
    private final ArrayDeque<Byte> fifo = new ArrayDeque<>();
    private final SimulatedField field = new SimulatedField();
    private final List<String> violations = new ArrayList<>();
    private int version = 0x92;
    private long now;
    private long timerDue = NEVER;
    private boolean transceiving;
    private Integer stuckMiso;
    private boolean resetLineLow;
    private long transfers;
    private int softResets;
    private int hardResets;

    SimulatedMfrc522() {
        resetRegisters();
    }

    // ---- test controls ----

    synchronized void version(int value) {
        version = value;
    }

    synchronized void present(SimulatedCard card) {
        field.add(card);
    }

    synchronized void remove(SimulatedCard card) {
        field.remove(card);
    }

    synchronized void inject(SimulatedField.Fault fault, SimulatedField.Stage stage) {
        field.inject(fault, stage);
    }

    synchronized List<SimulatedField.Sent> sent() {
        return field.sent();
    }

    synchronized boolean antennaOn() {
        return field.powered();
    }

    /** The chip stops answering: every SPI read returns {@code miso}, writes are lost. */
    synchronized void stopAnswering(int miso) {
        stuckMiso = miso;
        field.power(false);
    }

    /** The chip answers again; {@code powerCycled}: as after power-on, else as it was. */
    synchronized void answerAgain(boolean powerCycled) {
        stuckMiso = null;
        if (powerCycled) {
            resetRegisters();
        } else {
            field.power((registers[0x14] & 0x03) != 0);
        }
    }

    /** A supply dip: every register back to its reset value, which the driver is not told. */
    synchronized void brownOut() {
        resetRegisters();
    }

    /** The NRSTPD pin: low is hard power-down, the rising edge resets the chip. */
    synchronized void resetLine(boolean high) {
        if (!high) {
            resetLineLow = true;
            field.power(false);
        } else if (resetLineLow) {
            resetLineLow = false;
            hardResets++;
            resetRegisters();
        }
    }

    synchronized long transfers() {
        return transfers;
    }

    synchronized int softResets() {
        return softResets;
    }

    synchronized int hardResets() {
        return hardResets;
    }

    synchronized long nanoTime() {
        return now;
    }

    /** SPI framing mistakes the driver made (should stay empty). */
    synchronized List<String> violations() {
        return List.copyOf(violations);
    }

    /** The driver's clock and pauses, in this chip's virtual time. */
    Timing timing() {
        return new Timing() {
            @Override
            public long nanoTime() {
                return SimulatedMfrc522.this.nanoTime();
            }

            @Override
            public void pause(long nanos) {
                synchronized (SimulatedMfrc522.this) {
                    now += nanos;
                }
            }
        };
    }

    // ---- SPI ----

    /**
     * One SPI frame: see {@link SimulatedSpiProvider.SimulatedSpi#decode}. Synchronized, so a
     * test thread's card moves never land inside a frame.
     */
    synchronized void transfer(byte[] tx, byte[] rx) {
        transfers++;
        if (stuckMiso != null || resetLineLow) {
            Arrays.fill(rx, (byte) (resetLineLow ? 0x00 : stuckMiso));
            return;
        }
        SimulatedSpiProvider.SimulatedSpi.decode(tx, rx, this::read, this::write, violations::add);
    }

    private int read(int address) {
        if (address == 0x04 && now >= timerDue) { // the timer is looked at when ComIrqReg is
            registers[0x04] |= 0x01;
            timerDue = NEVER;
        }
        return switch (address) {
            case 0x09 -> fifo.isEmpty() ? 0 : fifo.poll() & 0xFF; // FIFODataReg
            case 0x0A -> fifo.size();
            case 0x37 -> version;
            default -> registers[address];
        };
    }

    private void write(int address, int value) {
        switch (address) {
            case 0x01 -> command(value);
            case 0x04 -> registers[0x04] = set1(registers[0x04], value); // ComIrqReg
            case 0x05 -> registers[0x05] = set1(registers[0x05], value); // DivIrqReg
            case 0x06, 0x0A, 0x0C, 0x37 -> { // read-only, except FlushBuffer
                if (address == 0x0A && (value & 0x80) != 0) {
                    fifo.clear();
                    registers[0x06] &= ~0x10;
                }
            }
            case 0x09 -> {
                if (fifo.size() == 64) {
                    registers[0x06] |= 0x10; // BufferOvfl
                } else {
                    fifo.add((byte) value);
                }
            }
            case 0x0D -> {
                registers[0x0D] = value & 0x7F;
                if ((value & 0x80) != 0 && transceiving) {
                    exchange(value & 0x07, (value >> 4) & 0x07);
                }
            }
            case 0x0E -> registers[0x0E] = (registers[0x0E] & 0x7F) | (value & 0x80);
            case 0x14 -> {
                registers[0x14] = value;
                field.power((value & 0x03) != 0);
            }
            default -> registers[address] = value;
        }
    }

    /** Interrupt request registers: bit 7 (Set1/Set2) says whether the marked bits are set or cleared. */
    private static int set1(int current, int value) {
        return (value & 0x80) != 0 ? current | (value & 0x7F) : current & ~(value & 0x7F);
    }

    private void command(int value) {
        int code = value & 0x0F;
        registers[0x01] = value & 0x3F & ~0x10;
        transceiving = code == 0x0C;
        timerDue = NEVER;
        switch (code) {
            case 0x03 -> calcCrc();
            case 0x0F -> {
                softResets++;
                resetRegisters();
            }
            default -> {
                // Idle, Transceive (waits for StartSend) and the rest need nothing here.
            }
        }
    }

    private void calcCrc() {
        byte[] data = drainFifo();
        int preset = new int[] {0x0000, 0x6363, 0xA671, 0xFFFF}[registers[0x11] & 3]; // ModeReg CRCPreset
        int crc = SimulatedCrc.crc(data, data.length, preset);
        registers[0x22] = crc & 0xFF;
        registers[0x21] = crc >> 8;
        registers[0x05] |= 0x04; // CRCIRq
    }

    private byte[] drainFifo() {
        byte[] data = new byte[fifo.size()];
        for (int i = 0; i < data.length; i++) {
            data[i] = fifo.poll();
        }
        return data;
    }

    private void exchange(int txLastBits, int rxAlign) {
        byte[] frame = drainFifo();
        int bitCount = frame.length * 8 - (txLastBits == 0 ? 0 : 8 - txLastBits);
        registers[0x06] = 0;
        registers[0x0C] &= ~0x07;
        registers[0x0E] &= 0x80;
        registers[0x04] |= 0x40; // TxIRq
        SimulatedField.Answer answer = field.transmit(frame, bitCount);
        if (answer == null) {
            if ((registers[0x2A] & 0x80) != 0) { // TAuto: the timer starts when sending ends
                int prescaler = (registers[0x2A] & 0x0F) << 8 | registers[0x2B];
                int reload = registers[0x2C] << 8 | registers[0x2D];
                timerDue = now + (long) ((2.0 * prescaler + 1) * (reload + 1) * 1e9 / 13.56e6);
            }
            return;
        }
        byte[] bytes = answer.pack(rxAlign);
        for (byte b : bytes) {
            fifo.add(b);
        }
        registers[0x0C] |= (rxAlign + answer.bits().length) % 8; // RxLastBits
        if (answer.collision() >= 0) {
            int position = rxAlign + answer.collision() + 1;
            registers[0x06] |= 0x08;
            registers[0x0E] |= position > 32 ? 0x20 : position & 0x1F;
        }
        if (answer.parityError()) {
            registers[0x06] |= 0x02;
        }
        if ((registers[0x13] & 0x80) != 0 && !SimulatedCrc.ok(bytes, bytes.length)) { // RxCRCEn
            registers[0x06] |= 0x04;
        }
        registers[0x04] |= 0x20 | (registers[0x06] != 0 ? 0x02 : 0); // RxIRq, ErrIRq
    }

    private void resetRegisters() {
        Arrays.fill(registers, 0);
        registers[0x01] = 0x20; // CommandReg: Idle, RcvOff
        registers[0x02] = 0x80;
        registers[0x04] = 0x14; // ComIrqReg: IdleIRq and LoAlert are set after a reset
        registers[0x0C] = 0x10;
        registers[0x0E] = 0xA0; // CollReg: ValuesAfterColl
        registers[0x11] = 0x3F;
        registers[0x14] = 0x80; // TxControlReg: antenna off
        registers[0x21] = 0xFF;
        registers[0x22] = 0xFF;
        registers[0x24] = 0x26;
        registers[0x26] = 0x48;
        fifo.clear();
        timerDue = NEVER;
        transceiving = false;
        field.power(false);
    }
}
