package org.backclass.hardware.keyboard;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.backclass.domain.card.InvalidCardReadException;
import org.backclass.domain.card.RawCardFormat;

/**
 * What a keyboard-wedge reader types for a card; set per reader, because vendors differ and the
 * reader gives no hint. The typed text becomes lookup keys through the domain's
 * {@link RawCardFormat}, so a card matches the aliases its enrolment stored
 * ({@link org.backclass.domain.card.CardKey#aliases()}) whichever kind of reader enrolled it.
 *
 * <p>A reading must have exactly {@link #length()} characters: 2 per byte in hex, and in decimal
 * the width of the largest value, zero-padded (10, 13 or 17 digits). Being strict here is what
 * turns a reading cut short (a fob pulled away, a reader unplugged mid-card) into an error
 * instead of a different card number.
 *
 * @param output    decimal digits or hex digits
 * @param byteOrder the order of the UID bytes the reader made the number from
 * @param bytes     UID bytes the reader sends: 4 (an ISO 14443-A UID or its first four bytes, or
 *                  the low 32 bits of an EM4100 id, the usual "10-digit" output), 5 (a whole
 *                  EM4100 id) or 7 (a double-size ISO 14443-A UID)
 */
public record WedgeFormat(Output output, ByteOrder byteOrder, int bytes) {

    /** How the number is written. */
    public enum Output { DECIMAL, HEX }

    /** Which UID byte the reader put first: the card's order, or reversed (many 13.56 MHz readers). */
    public enum ByteOrder { MSB_FIRST, LSB_FIRST }

    /** The common factory setting: 4 bytes as a 10-digit decimal, card byte order. */
    public static final WedgeFormat TEN_DIGIT_DECIMAL = new WedgeFormat(Output.DECIMAL, ByteOrder.MSB_FIRST, 4);

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /** @throws IllegalArgumentException when {@code bytes} is not 4, 5 or 7 */
    public WedgeFormat {
        Objects.requireNonNull(output, "output");
        Objects.requireNonNull(byteOrder, "byteOrder");
        if (bytes != 4 && bytes != 5 && bytes != 7) {
            throw new IllegalArgumentException("a wedge reader sends 4, 5 or 7 bytes, not " + bytes);
        }
    }

    /** The number of characters in every reading. */
    public int length() {
        return output == Output.HEX ? 2 * bytes : largest(bytes).toString().length();
    }

    /**
     * The lookup keys of one reading, most specific first.
     *
     * @param typed the characters between two readings, without the Enter
     * @throws InvalidCardReadException when the text is not a reading in this format; the reason
     *                                  never quotes the text, so it can go into a log line
     */
    public List<String> lookupKeys(String typed) {
        String text = typed == null ? "" : typed;
        if (text.length() != length()) {
            throw new InvalidCardReadException("expected " + length() + (output == Output.HEX ? " hex digits" : " digits")
                    + ", got " + text.length());
        }
        return output == Output.HEX ? hexKeys(text) : decimalKeys(text);
    }

    private List<String> hexKeys(String text) {
        if (!text.chars().allMatch(c -> Character.digit(c, 16) >= 0 && c < 128)) {
            throw new InvalidCardReadException("a hex reading with a key that is not 0-9 or A-F");
        }
        return (byteOrder == ByteOrder.MSB_FIRST ? RawCardFormat.HEX : RawCardFormat.HEX_REVERSED).lookupKeys(text);
    }

    private List<String> decimalKeys(String text) {
        if (!text.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidCardReadException("a decimal reading with a key that is not a digit");
        }
        BigInteger value = new BigInteger(text);
        if (value.compareTo(largest(bytes)) > 0) {
            throw new InvalidCardReadException("a decimal reading larger than " + bytes + " bytes");
        }
        byte[] cardOrder = inCardOrder(value);
        if (bytes == 4) {
            // Four bytes may be a whole UID, the start of a longer one or the low half of an
            // EM4100 id, so the reading stays a decimal alias. Enrolment stores the card-order
            // decimal for every kind of card, hence the reordering above for LSB-first readers.
            return RawCardFormat.DECIMAL.lookupKeys(new BigInteger(1, cardOrder).toString());
        }
        // Five or seven bytes are the whole id: look it up by the canonical key.
        return RawCardFormat.HEX.lookupKeys(HEX.formatHex(cardOrder));
    }

    private byte[] inCardOrder(BigInteger value) {
        byte[] magnitude = value.toByteArray();
        byte[] out = new byte[bytes];
        // toByteArray may carry a leading sign byte or be shorter than the UID: right-align it.
        int copy = Math.min(bytes, magnitude.length);
        System.arraycopy(magnitude, magnitude.length - copy, out, bytes - copy, copy);
        if (byteOrder == ByteOrder.LSB_FIRST) {
            for (int i = 0; i < bytes / 2; i++) {
                byte t = out[i];
                out[i] = out[bytes - 1 - i];
                out[bytes - 1 - i] = t;
            }
        }
        return out;
    }

    private static BigInteger largest(int bytes) {
        return BigInteger.ONE.shiftLeft(8 * bytes).subtract(BigInteger.ONE);
    }

    /** For status lines and logs, e.g. "dec, 4 bytes, MSB first". */
    @Override
    public String toString() {
        return (output == Output.HEX ? RawCardFormat.HEX.id() : RawCardFormat.DECIMAL.id()) + ", " + bytes + " bytes, "
                + (byteOrder == ByteOrder.MSB_FIRST ? "MSB" : "LSB") + " first";
    }
}
