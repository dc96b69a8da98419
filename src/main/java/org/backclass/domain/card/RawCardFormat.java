package org.backclass.domain.card;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.backclass.domain.LogText;

/**
 * How a reader writes a card's identity as text. A lossless format gives the canonical key;
 * a lossy one (decimal, Wiegand) gives an alias key that enrolment stored beforehand.
 */
public enum RawCardFormat {
    /** UID bytes as hex in card order; 4/7/10 bytes are ISO 14443-A, 5 bytes EM4100. */
    HEX("hex"),
    /** UID bytes as hex, least significant byte first (many 13.56 MHz wedge readers). */
    HEX_REVERSED("hex-reversed"),
    /** An unsigned decimal number, e.g. the "10-digit" output of USB readers. */
    DECIMAL("dec"),
    /** Wiegand-26 "facility,id". */
    WIEGAND26("w26");

    private static final HexFormat HEXF = HexFormat.of().withUpperCase();
    private final String id;

    RawCardFormat(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static RawCardFormat fromId(String id) {
        for (RawCardFormat f : values()) {
            if (f.id.equalsIgnoreCase(id.trim())) {
                return f;
            }
        }
        throw new InvalidCardReadException("unknown card format '" + id + "'; allowed: " + allowedIds());
    }

    public static String allowedIds() {
        StringBuilder sb = new StringBuilder();
        for (RawCardFormat f : values()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(f.id);
        }
        return sb.toString();
    }

    /**
     * Turns a raw reading into the keys to look it up by, most specific first.
     *
     * @throws InvalidCardReadException with a short reason when the text is not a reading
     */
    public List<String> lookupKeys(String raw) {
        String text = reading(raw);
        return switch (this) {
            case HEX -> hexKeys(parseHex(text), false);
            case HEX_REVERSED -> hexKeys(parseHex(text), true);
            case DECIMAL -> List.of(decimalKey(text));
            case WIEGAND26 -> List.of(wiegandKey(text));
        };
    }

    /**
     * The one card a reading names, to enrol it by its number (typed at the front desk or in a
     * member import) rather than by tapping it. A decimal number is taken as the UID of an
     * ISO 14443-A card, 4 bytes up to 2^32 (the "10-digit" output of desk readers, in either byte
     * order: the card's aliases cover both), else 7 or 10 bytes.
     *
     * @throws InvalidCardReadException when the text names no card, or only part of one
     */
    public CardKey enrolmentKey(String raw) {
        String text = reading(raw);
        return switch (this) {
            case HEX -> canonical(parseHex(text));
            case HEX_REVERSED -> canonical(CardKey.reversed(parseHex(text)));
            case DECIMAL -> decimalCard(text);
            case WIEGAND26 -> throw new InvalidCardReadException(
                    "a Wiegand-26 reading keeps only part of the card's number; enrol the card by its UID or by tapping it");
        };
    }

    /**
     * How a typed or imported card number is meant when nobody says: exactly ten digits is the
     * decimal a USB desk reader types; anything else is hex.
     */
    public static RawCardFormat guess(String text) {
        return text != null && text.strip().matches("[0-9]{10}") ? DECIMAL : HEX;
    }

    private static String reading(String raw) {
        String text = raw == null ? "" : raw.strip();
        if (text.isEmpty()) {
            throw new InvalidCardReadException("empty card reading");
        }
        if (text.length() > 64) {
            throw new InvalidCardReadException("card reading too long (" + text.length() + " characters)");
        }
        return text;
    }

    private static CardKey canonical(byte[] bytes) {
        return bytes.length == 5 ? CardKey.em4100(bytes) : CardKey.iso14443a(bytes);
    }

    private static CardKey decimalCard(String text) {
        decimalKey(text);
        BigInteger n = new BigInteger(text);
        int length = n.bitLength() <= 32 ? 4 : n.bitLength() <= 56 ? 7 : 10;
        byte[] big = n.toByteArray();
        byte[] uid = new byte[length];
        int copy = Math.min(big.length, length);
        System.arraycopy(big, big.length - copy, uid, length - copy, copy);
        return CardKey.iso14443a(uid);
    }

    private static List<String> hexKeys(byte[] bytes, boolean reversed) {
        byte[] ordered = reversed ? CardKey.reversed(bytes) : bytes;
        CardKey key = canonical(ordered);
        if (!key.isIso14443a()) {
            return List.of(key.value());
        }
        // A reader set up as "hex" that really sends the bytes reversed still finds the card:
        // the card enrolled as X has the alias "X reversed", which is what such a reader read.
        return List.of(key.value(), CardKey.reversedAlias(CardKey.reversed(ordered)));
    }

    private static byte[] parseHex(String text) {
        String hex = text.replaceAll("[\\s:-]", "").toUpperCase(Locale.ROOT);
        if (hex.startsWith("0X")) {
            hex = hex.substring(2);
        }
        if (!hex.matches("[0-9A-F]+")) {
            throw new InvalidCardReadException("not hexadecimal: '" + LogText.quote(text, 32) + "'");
        }
        if (hex.length() % 2 != 0) {
            throw new InvalidCardReadException("odd number of hex digits: " + hex.length());
        }
        byte[] bytes = HEXF.parseHex(hex);
        if (bytes.length != 4 && bytes.length != 5 && bytes.length != 7 && bytes.length != 10) {
            throw new InvalidCardReadException("expected 4, 7 or 10 bytes (ISO 14443-A) or 5 bytes (EM4100), got "
                    + bytes.length);
        }
        return bytes;
    }

    private static String decimalKey(String text) {
        if (!text.matches("[0-9]{1,25}")) {
            throw new InvalidCardReadException("not a decimal card number: '" + LogText.quote(text, 32) + "'");
        }
        BigInteger n = new BigInteger(text);
        if (n.bitLength() > 80) {
            throw new InvalidCardReadException("decimal card number larger than 80 bits");
        }
        return CardKey.decimalAlias(n);
    }

    private static String wiegandKey(String text) {
        String[] parts = text.split("[,/ ]+");
        if (parts.length != 2 || !parts[0].matches("[0-9]{1,3}") || !parts[1].matches("[0-9]{1,5}")) {
            throw new InvalidCardReadException("Wiegand-26 reading must be 'facility,id', got '" + LogText.quote(text, 32) + "'");
        }
        int facility = Integer.parseInt(parts[0]);
        int id = Integer.parseInt(parts[1]);
        if (facility > 255 || id > 65535) {
            throw new InvalidCardReadException("Wiegand-26 facility is 0-255 and id 0-65535");
        }
        return CardKey.wiegand26Alias(facility, id);
    }

}
