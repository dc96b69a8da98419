package org.backclass.domain.card;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The canonical identity of a physical card or fob: {@code A:} + UID hex for ISO 14443-A
 * (4, 7 or 10 bytes, in the order the card sends them) or {@code EM:} + 10 hex digits for a
 * 125 kHz EM4100 tag. Two reads of the same card always give the same key, whatever reader.
 */
public record CardKey(String value) {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    public CardKey {
        Objects.requireNonNull(value, "value");
        if (!value.matches("A:([0-9A-F]{8}|[0-9A-F]{14}|[0-9A-F]{20})|EM:[0-9A-F]{10}")) {
            throw new InvalidCardReadException("not a canonical card key: " + value);
        }
    }

    /** An ISO 14443-A UID as anticollision returns it (cascade tag and BCC already stripped). */
    public static CardKey iso14443a(byte[] uid) {
        if (uid.length != 4 && uid.length != 7 && uid.length != 10) {
            throw new InvalidCardReadException(
                    "an ISO 14443-A UID has 4, 7 or 10 bytes, this one has " + uid.length);
        }
        return new CardKey("A:" + HEX.formatHex(uid));
    }

    /** A 40-bit EM4100 id (version/customer byte first). */
    public static CardKey em4100(byte[] id) {
        if (id.length != 5) {
            throw new InvalidCardReadException("an EM4100 id has 5 bytes, this one has " + id.length);
        }
        return new CardKey("EM:" + HEX.formatHex(id));
    }

    public boolean isIso14443a() {
        return value.startsWith("A:");
    }

    public byte[] bytes() {
        return HEX.parseHex(value.substring(value.indexOf(':') + 1));
    }

    /**
     * Every lookup key a reader of some kind could produce for this card, the canonical key
     * first. Enrolment stores them all, so a card enrolled on one reader matches on another.
     * <ul>
     * <li>ISO 14443-A: reversed byte order ({@code AR:}), the first four bytes as an unsigned
     * decimal in both byte orders (the usual "10-digit" wedge output), and for 7/10-byte UIDs
     * the whole UID as one decimal number.</li>
     * <li>EM4100: the 40-bit and the low 32-bit ("8H10D") decimal, and Wiegand-26
     * facility,id from the low 24 bits.</li>
     * </ul>
     */
    public List<String> aliases() {
        byte[] b = bytes();
        Set<String> keys = new LinkedHashSet<>();
        keys.add(value);
        if (isIso14443a()) {
            keys.add(reversedAlias(b));
            byte[] first4 = new byte[] {b[0], b[1], b[2], b[3]};
            keys.add(decimalAlias(first4));
            keys.add(decimalAlias(reversed(first4)));
            if (b.length > 4) {
                keys.add(decimalAlias(b));
            }
        } else {
            keys.add(decimalAlias(b));
            keys.add(decimalAlias(new byte[] {b[1], b[2], b[3], b[4]}));
            keys.add(wiegand26Alias((b[2] & 0xFF), ((b[3] & 0xFF) << 8) | (b[4] & 0xFF)));
        }
        return new ArrayList<>(keys);
    }

    /** The lookup key of a UID read in reversed byte order. */
    static String reversedAlias(byte[] uid) {
        return "AR:" + HEX.formatHex(reversed(uid));
    }

    /** A decimal reading normalised as a lookup key: no leading zeros. */
    static String decimalAlias(byte[] bigEndian) {
        return decimalAlias(new BigInteger(1, bigEndian));
    }

    static String decimalAlias(BigInteger value) {
        return "DEC:" + value;
    }

    static String wiegand26Alias(int facility, int id) {
        return "W26:" + facility + "," + id;
    }

    static byte[] reversed(byte[] in) {
        byte[] out = new byte[in.length];
        for (int i = 0; i < in.length; i++) {
            out[i] = in[in.length - 1 - i];
        }
        return out;
    }

    @Override
    public String toString() {
        return value;
    }
}
