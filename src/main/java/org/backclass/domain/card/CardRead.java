package org.backclass.domain.card;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One presentation of a card at a reader, as the reader understood it.
 *
 * @param readerId    which reader saw it (for logs and health)
 * @param lookupKeys  canonical key or aliases to resolve the card by, most specific first
 * @param readNanos   {@link System#nanoTime()} when the reader produced the event; latency
 *                    measurements start here
 */
public record CardRead(String readerId, List<String> lookupKeys, long readNanos) {

    public CardRead {
        Objects.requireNonNull(readerId, "readerId");
        lookupKeys = List.copyOf(lookupKeys);
        if (lookupKeys.isEmpty()) {
            throw new IllegalArgumentException("a card read needs at least one lookup key");
        }
    }

    public static CardRead of(String readerId, CardKey key) {
        return new CardRead(readerId, List.of(key.value()), System.nanoTime());
    }

    public static CardRead parse(String readerId, String raw, RawCardFormat format) {
        return new CardRead(readerId, format.lookupKeys(raw), System.nanoTime());
    }

    /**
     * The card's canonical key when the reader gave one (a lossless reading); empty when it gave
     * only aliases, such as a decimal of part of the UID, which can find a card but not enrol one.
     */
    public Optional<CardKey> canonicalKey() {
        for (String key : lookupKeys) {
            try {
                return Optional.of(new CardKey(key));
            } catch (InvalidCardReadException notCanonical) {
                // an alias: try the next key
            }
        }
        return Optional.empty();
    }

    /** The key used to recognise "the same card again" before it is resolved. */
    public String primaryKey() {
        return lookupKeys.get(0);
    }
}
