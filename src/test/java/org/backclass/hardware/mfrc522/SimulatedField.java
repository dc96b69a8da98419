package org.backclass.hardware.mfrc522;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The RF field of the simulated reader: which cards are in it, what they answer together, and
 * injected faults. Several cards answering at once are combined bit by bit, as the reader's
 * Manchester decoder sees them: equal bits come through, the first differing bit is a collision.
 *
 * <p>Not thread-safe: {@link SimulatedMfrc522} guards it.
 */
final class SimulatedField {

    /** What kind of frame a fault waits for. */
    enum Stage { REQUEST, ANTICOLLISION, SELECT, HALT, OTHER }

    /** A one-shot fault, applied to the next answer some card gives to a frame of its stage. */
    enum Fault {
        /** The answer is lost: the reader times out. */
        SILENT,
        /** The reader sees a parity error in the answer. */
        PARITY,
        /** Bit 0 of the answer's last byte flips: a bad CRC_A in a SAK, a bad BCC in an anticollision answer. */
        CORRUPT
    }

    /**
     * What reached the reader's receiver.
     *
     * @param collision 0-based index of the first collided bit, or -1
     */
    record Answer(boolean[] bits, int collision, boolean parityError) {

        /** The bits as FIFO bytes, the first one at bit {@code rxAlign} of the first byte. */
        byte[] pack(int rxAlign) {
            byte[] bytes = new byte[(rxAlign + bits.length + 7) / 8];
            for (int i = 0; i < bits.length; i++) {
                int at = rxAlign + i;
                if (bits[i]) {
                    bytes[at / 8] |= (byte) (1 << (at % 8));
                }
            }
            return bytes;
        }
    }

    /** A frame the reader sent, for tests that check the bytes on the air. */
    record Sent(byte[] bytes, int bits, Stage stage) {
    }

    private final List<SimulatedCard> cards = new ArrayList<>();
    private final Map<Stage, Deque<Fault>> faults = new EnumMap<>(Stage.class);
    private final List<Sent> sent = new ArrayList<>();
    private boolean powered;

    void add(SimulatedCard card) {
        if (cards.contains(card)) {
            throw new IllegalStateException(card + " is already in the field");
        }
        cards.add(card);
        card.powerUp();
    }

    void remove(SimulatedCard card) {
        cards.remove(card);
        card.powerUp(); // whatever state it had is lost without power
    }

    void power(boolean on) {
        if (on != powered) {
            powered = on;
            cards.forEach(SimulatedCard::powerUp);
        }
    }

    boolean powered() {
        return powered;
    }

    void inject(Fault fault, Stage stage) {
        faults.computeIfAbsent(stage, s -> new ArrayDeque<>()).add(fault);
    }

    List<Sent> sent() {
        return List.copyOf(sent);
    }

    /** The combined answer to a frame, or null when no card answers (or the field is off). */
    Answer transmit(byte[] frame, int bitCount) {
        Stage stage = stage(frame, bitCount);
        sent.add(new Sent(frame.clone(), bitCount, stage));
        if (!powered) {
            return null;
        }
        List<boolean[]> answers = new ArrayList<>();
        for (SimulatedCard card : cards) {
            boolean[] answer = card.receive(frame, bitCount);
            if (answer != null) {
                answers.add(answer);
            }
        }
        if (answers.isEmpty()) {
            return null;
        }
        Deque<Fault> waiting = faults.get(stage);
        Fault fault = waiting == null ? null : waiting.poll();
        if (fault == Fault.SILENT) {
            return null;
        }
        Answer combined = combine(answers);
        if (fault == Fault.CORRUPT) {
            boolean[] bits = combined.bits();
            int lastByteStart = (bits.length - 1) / 8 * 8;
            bits[lastByteStart] = !bits[lastByteStart];
        }
        return fault == Fault.PARITY ? new Answer(combined.bits(), combined.collision(), true) : combined;
    }

    private static Answer combine(List<boolean[]> answers) {
        int length = answers.stream().mapToInt(a -> a.length).max().orElse(0);
        boolean[] bits = new boolean[length];
        for (int i = 0; i < length; i++) {
            Boolean value = null;
            for (boolean[] answer : answers) {
                if (i >= answer.length) {
                    continue;
                }
                if (value != null && value != answer[i]) {
                    // Bits after a collision are left 0 (the driver sets ValuesAfterColl = 0), and the
                    // collided byte's parity is broken too.
                    return new Answer(bits, i, true);
                }
                value = answer[i];
            }
            bits[i] = value;
        }
        return new Answer(bits, -1, false);
    }

    private static Stage stage(byte[] frame, int bitCount) {
        int first = frame.length == 0 ? -1 : frame[0] & 0xFF;
        if (bitCount == 7 && (first == 0x26 || first == 0x52)) {
            return Stage.REQUEST;
        }
        if (first == 0x93 || first == 0x95 || first == 0x97) {
            return frame.length > 1 && (frame[1] & 0xFF) == 0x70 ? Stage.SELECT : Stage.ANTICOLLISION;
        }
        return first == 0x50 ? Stage.HALT : Stage.OTHER;
    }
}
