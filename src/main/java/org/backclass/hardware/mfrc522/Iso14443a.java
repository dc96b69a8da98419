package org.backclass.hardware.mfrc522;

import java.io.ByteArrayOutputStream;
import java.util.HexFormat;
import java.util.Objects;
import org.backclass.domain.card.CardKey;

/**
 * ISO/IEC 14443-3 type A card activation on an {@link Mfrc522}: REQA/WUPA, the anticollision
 * and select cascade (levels 1-3, so 4-, 7- and 10-byte UIDs) and HLTA. Every card that
 * completes the cascade gives its UID, whatever its SAK says it is (MIFARE Classic, NTAG,
 * Ultralight, DESFire...): a gym wristband is as good as a Classic card.
 *
 * <p><b>Collisions.</b> When several cards answer, the anticollision loop follows, at every bit
 * where they differ, the cards with {@code preferredBit} there: the same cards and the same
 * preference always select the same card.
 *
 * <p><b>Threading.</b> Not thread-safe: one poller thread drives it.
 */
final class Iso14443a {

    static final int REQA = 0x26;
    static final int WUPA = 0x52;
    static final int CASCADE_TAG = 0x88;
    /** SAK bit: the UID is not complete, go on to the next cascade level. */
    static final int SAK_CASCADE = 0x04;
    /** REQA, WUPA and HLTA: the answer starts about 0.1 ms after the frame, so 1 ms is ample. */
    static final long REQUEST_TIMEOUT_MICROS = 1_000;
    /** Anticollision and select: longer, so a slow card is not mistaken for none. */
    static final long FRAME_TIMEOUT_MICROS = 10_000;

    private static final int[] SELECT_CODES = {0x93, 0x95, 0x97};
    private static final int HLTA = 0x50;
    private static final int NVB_SELECT = 0x70;
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** A selected card: its UID (cascade tags and check bytes stripped) and its final SAK. */
    record Selection(CardKey key, int sak) {
    }

    private final Mfrc522 chip;

    Iso14443a(Mfrc522 chip) {
        this.chip = Objects.requireNonNull(chip, "chip");
    }

    /**
     * Sends REQA (cards in IDLE answer) or WUPA (IDLE and HALT) as a 7-bit short frame.
     *
     * @return true when at least one card answered; several answering at once is a collision in
     *         the ATQA, which still means cards are there
     */
    boolean request(int command) {
        Mfrc522.Response answer;
        try {
            answer = chip.transceive(new byte[] {(byte) command}, 7, 0, REQUEST_TIMEOUT_MICROS);
        } catch (Mfrc522Exception.Timeout e) {
            return false;
        }
        if (!answer.collided() && answer.bits() != 16) {
            throw new Mfrc522Exception.Protocol("ATQA must be 16 bits, got " + answer.bits());
        }
        return true;
    }

    /** Runs the cascade on the card(s) that answered the last request. */
    Selection select(int preferredBit) {
        ByteArrayOutputStream uid = new ByteArrayOutputStream(10);
        for (int selectCode : SELECT_CODES) {
            byte[] level = anticollision(selectCode, preferredBit);
            int sak = selectLevel(selectCode, level);
            if ((sak & SAK_CASCADE) == 0) {
                uid.write(level, 0, 4);
                return new Selection(CardKey.iso14443a(uid.toByteArray()), sak);
            }
            if ((level[0] & 0xFF) != CASCADE_TAG) {
                throw new Mfrc522Exception.Protocol(String.format(
                        "SAK 0x%02X says the UID goes on, but the level starts with 0x%02X, not the cascade tag",
                        sak, level[0]));
            }
            uid.write(level, 1, 3);
        }
        throw new Mfrc522Exception.Protocol("the SAK still says the UID goes on after cascade level 3");
    }

    /** HLTA: the selected card goes to HALT and answers only WUPA until it leaves the field. */
    void halt() {
        try {
            chip.transceive(CrcA.append((byte) HLTA, (byte) 0), 0, 0, REQUEST_TIMEOUT_MICROS);
        } catch (Mfrc522Exception.Timeout e) {
            return; // a card acknowledges HLTA by saying nothing
        }
        throw new Mfrc522Exception.Protocol("a card answered HLTA");
    }

    /**
     * One cascade level's four UID bytes and BCC, resolving collisions bit by bit: send the bits
     * known so far (NVB says how many), and the cards that match answer the rest.
     */
    private byte[] anticollision(int selectCode, int preferredBit) {
        byte[] level = new byte[5];
        int known = 0;
        while (true) {
            int whole = known / 8;
            int extra = known % 8;
            int send = whole + (extra > 0 ? 1 : 0);
            byte[] frame = new byte[2 + send];
            frame[0] = (byte) selectCode;
            frame[1] = (byte) (((2 + whole) << 4) | extra);
            System.arraycopy(level, 0, frame, 2, send);
            Mfrc522.Response answer = chip.transceive(frame, extra, extra, FRAME_TIMEOUT_MICROS);
            merge(level, whole, extra, answer.data());
            if (!answer.collided()) {
                if (answer.bits() != 40 - whole * 8) {
                    throw new Mfrc522Exception.Protocol("anticollision answer has " + (answer.bits() - extra)
                            + " bits after " + known + " known, expected " + (40 - known));
                }
                checkBcc(level);
                return level;
            }
            // CollPos counts from the first FIFO byte, which starts at byte `whole` of the level.
            int position = whole * 8 + answer.collisionBit();
            if (position <= known || position > 32) {
                throw new Mfrc522Exception.Collision("collision at bit " + position + " with " + known
                        + " bits known");
            }
            int bit = position - 1;
            level[bit / 8] = (byte) ((level[bit / 8] & ~(1 << (bit % 8))) | (preferredBit << (bit % 8)));
            known = position;
        }
    }

    private int selectLevel(int selectCode, byte[] level) {
        byte[] frame = new byte[7];
        frame[0] = (byte) selectCode;
        frame[1] = (byte) NVB_SELECT;
        System.arraycopy(level, 0, frame, 2, 5);
        Mfrc522.Response answer = chip.transceive(CrcA.append(frame), 0, 0, FRAME_TIMEOUT_MICROS);
        if (answer.collided()) {
            throw new Mfrc522Exception.Collision("more than one card answered SELECT");
        }
        if (answer.bits() != 24) {
            throw new Mfrc522Exception.Protocol("SAK must be 24 bits with its CRC_A, got " + answer.bits());
        }
        if (!CrcA.valid(answer.data())) {
            throw new Mfrc522Exception.Crc("CRC_A mismatch in SAK " + HEX.formatHex(answer.data()));
        }
        return answer.data()[0] & 0xFF;
    }

    /** Copies received bytes into the level; the first byte only from bit {@code extra} up. */
    private static void merge(byte[] level, int whole, int extra, byte[] received) {
        if (whole + received.length > level.length) {
            throw new Mfrc522Exception.Protocol("anticollision answer of " + received.length + " bytes after "
                    + whole + " known bytes is too long");
        }
        for (int i = 0; i < received.length; i++) {
            int mask = i == 0 ? (0xFF << extra) & 0xFF : 0xFF;
            level[whole + i] = (byte) ((level[whole + i] & ~mask) | (received[i] & mask));
        }
    }

    private static void checkBcc(byte[] level) {
        int bcc = (level[0] ^ level[1] ^ level[2] ^ level[3]) & 0xFF;
        if (bcc != (level[4] & 0xFF)) {
            throw new Mfrc522Exception.Bcc(String.format("BCC 0x%02X does not match UID bytes %s (expected 0x%02X)",
                    level[4], HEX.formatHex(level, 0, 4), bcc));
        }
    }
}
