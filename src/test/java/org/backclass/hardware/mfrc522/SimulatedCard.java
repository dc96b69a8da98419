package org.backclass.hardware.mfrc522;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * An ISO/IEC 14443-3 type A card (PICC) as the reader's field sees it: the IDLE / READY /
 * ACTIVE / HALT state machine, the cascade levels of a 4-, 7- or 10-byte UID, and its answers
 * as bit strings (least significant bit of each byte first, as on the air).
 *
 * <p>State rules modelled (ISO/IEC 14443-3 §6.3): REQA wakes IDLE cards, WUPA also HALT ones;
 * an anticollision frame is answered by a READY card whose UID starts with the bits sent; a
 * matching SELECT moves it to the next cascade level or to ACTIVE; HLTA puts an ACTIVE card in
 * HALT; any other frame sends a READY or ACTIVE card back to IDLE, or to HALT if it was woken
 * from HALT. Leaving the field (or the field going off) is a power loss: back to IDLE.
 *
 * <p>Not thread-safe: {@link SimulatedMfrc522} guards it.
 */
final class SimulatedCard {

    enum State { IDLE, READY, ACTIVE, HALT }

    private static final HexFormat HEX = HexFormat.of().withUpperCase();
    private static final int CASCADE_TAG = 0x88;

    private final byte[] uid;
    private final int sak;
    private final int atqa;
    private State state = State.IDLE;
    private boolean fromHalt;
    private int level;

    SimulatedCard(byte[] uid, int sak, int atqa) {
        if (uid.length != 4 && uid.length != 7 && uid.length != 10) {
            throw new IllegalArgumentException("UIDs have 4, 7 or 10 bytes");
        }
        this.uid = uid.clone();
        this.sak = sak;
        this.atqa = atqa;
    }

    /** A MIFARE Classic 1K: 4-byte UID, ATQA 0x0004, SAK 0x08. */
    static SimulatedCard classic(String uidHex) {
        return new SimulatedCard(HEX.parseHex(uidHex), 0x08, 0x0004);
    }

    /** An NTAG213 sticker or wristband: 7-byte UID, ATQA 0x0044, SAK 0x00. */
    static SimulatedCard ntag(String uidHex) {
        return new SimulatedCard(HEX.parseHex(uidHex), 0x00, 0x0044);
    }

    /** A triple-size UID card (10 bytes), e.g. a DESFire with SAK 0x20. */
    static SimulatedCard tripleSize(String uidHex) {
        return new SimulatedCard(HEX.parseHex(uidHex), 0x20, 0x0084);
    }

    String uidHex() {
        return HEX.formatHex(uid);
    }

    State state() {
        return state;
    }

    void powerUp() {
        state = State.IDLE;
        fromHalt = false;
    }

    int levels() {
        return uid.length == 4 ? 1 : uid.length == 7 ? 2 : 3;
    }

    /** The five bytes of cascade level {@code n} (1-3): cascade tag or UID bytes, then BCC. */
    byte[] levelBytes(int n) {
        byte[] out = new byte[5];
        int from = (n - 1) * 3;
        if (n < levels()) {
            out[0] = (byte) CASCADE_TAG;
            System.arraycopy(uid, from, out, 1, 3);
        } else {
            System.arraycopy(uid, from, out, 0, 4);
        }
        out[4] = (byte) (out[0] ^ out[1] ^ out[2] ^ out[3]);
        return out;
    }

    /**
     * The card's answer to a frame of {@code bitCount} bits.
     *
     * @return the answer's bits, or null when the card says nothing
     */
    boolean[] receive(byte[] frame, int bitCount) {
        if (bitCount == 7) {
            int command = frame[0] & 0x7F;
            boolean wakes = command == 0x26 && state == State.IDLE
                    || command == 0x52 && (state == State.IDLE || state == State.HALT);
            if (!wakes) {
                return other();
            }
            fromHalt = state == State.HALT;
            state = State.READY;
            level = 1;
            return bits(new byte[] {(byte) atqa, (byte) (atqa >> 8)}, 16);
        }
        int command = frame[0] & 0xFF;
        if (command == 0x50 && bitCount == 32 && frame[1] == 0) {
            if (state != State.ACTIVE || !SimulatedCrc.ok(frame, 4)) {
                return other();
            }
            state = State.HALT;
            return null;
        }
        if (bitCount < 16 || (command != 0x93 && command != 0x95 && command != 0x97)) {
            return other();
        }
        if (state != State.READY || command != 0x93 + 2 * (level - 1)) {
            return other();
        }
        byte[] mine = levelBytes(level);
        int nvb = frame[1] & 0xFF;
        if (nvb == 0x70) {
            return select(frame, bitCount, mine);
        }
        int known = ((nvb >> 4) - 2) * 8 + (nvb & 0x0F);
        if (known < 0 || known >= 40 || bitCount != 16 + known) {
            return other();
        }
        boolean[] mineBits = bits(mine, 40);
        boolean[] sent = bits(frame, bitCount);
        for (int i = 0; i < known; i++) {
            if (sent[16 + i] != mineBits[i]) {
                return null; // not this card's prefix: it waits, still READY
            }
        }
        return Arrays.copyOfRange(mineBits, known, 40);
    }

    private boolean[] select(byte[] frame, int bitCount, byte[] mine) {
        if (bitCount != 72 || !SimulatedCrc.ok(frame, 9)) {
            return null; // a damaged frame is ignored
        }
        if (!Arrays.equals(frame, 2, 7, mine, 0, 5)) {
            return other(); // another card is being selected
        }
        int answer;
        if (level < levels()) {
            level++;
            answer = 0x04;
        } else {
            state = State.ACTIVE;
            answer = sak;
        }
        int crc = SimulatedCrc.crcA(new byte[] {(byte) answer}, 1);
        return bits(new byte[] {(byte) answer, (byte) crc, (byte) (crc >> 8)}, 24);
    }

    private boolean[] other() {
        if (state == State.READY || state == State.ACTIVE) {
            state = fromHalt ? State.HALT : State.IDLE;
        }
        return null;
    }

    /** The first {@code count} bits of {@code bytes}, least significant bit of each byte first. */
    static boolean[] bits(byte[] bytes, int count) {
        boolean[] out = new boolean[count];
        for (int i = 0; i < count; i++) {
            out[i] = (bytes[i / 8] >> (i % 8) & 1) != 0;
        }
        return out;
    }

    @Override
    public String toString() {
        return "card " + uidHex() + " " + state;
    }
}
