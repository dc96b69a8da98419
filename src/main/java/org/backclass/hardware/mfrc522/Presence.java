package org.backclass.hardware.mfrc522;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.backclass.domain.card.CardKey;

/**
 * Which cards are on the reader, so that a card held on it is one tap and a card taken away
 * and presented again is a new one.
 *
 * <p><b>The rule.</b> A card is present from the poll it is first read. A read card is put to
 * HALT, so while it stays it answers only WUPA; while cards are present, every poll whose REQA
 * finds no card sends WUPA and reads whichever card answers: a <em>presence check</em>. With
 * two halted cards the checks alternate which one the anticollision picks, so both are seen
 * every other poll. A present card is removed after
 * {@link #REMOVED_AFTER_CHECKS} consecutive presence checks that did not find it; at the default
 * 100 ms poll interval that is 0.2 s off the reader. Polls that fail (a CRC error, a card
 * leaving half-way) prove nothing and change nothing. A card that is present again within
 * that time (a wobble at the edge of the field) stays the same tap.
 *
 * <p>Not thread-safe: the poller thread owns it.
 */
final class Presence {

    static final int REMOVED_AFTER_CHECKS = 2;

    /** Present cards and the consecutive presence checks each has missed. */
    private final Map<CardKey, Integer> missed = new LinkedHashMap<>();

    /**
     * A card was read.
     *
     * @return true when this is a new presentation, i.e. the card was not present
     */
    boolean read(CardKey card) {
        return missed.put(card, 0) == null;
    }

    /**
     * A presence check ran.
     *
     * @param found the card it read, or null when no card answered WUPA
     */
    void checked(CardKey found) {
        for (Iterator<Map.Entry<CardKey, Integer>> it = missed.entrySet().iterator(); it.hasNext();) {
            Map.Entry<CardKey, Integer> entry = it.next();
            if (entry.getKey().equals(found)) {
                continue;
            }
            int count = entry.getValue() + 1;
            if (count >= REMOVED_AFTER_CHECKS) {
                it.remove();
            } else {
                entry.setValue(count);
            }
        }
    }

    boolean isEmpty() {
        return missed.isEmpty();
    }

    Set<CardKey> cards() {
        return Set.copyOf(missed.keySet());
    }
}
