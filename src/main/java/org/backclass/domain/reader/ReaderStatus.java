package org.backclass.domain.reader;

import java.time.Instant;

/**
 * A card reader's health for the health endpoint and the instructor screen.
 *
 * @param lastReadAt null until the first card
 */
public record ReaderStatus(String readerId, String type, State state, String detail, Instant lastReadAt,
        long errorCount) {

    public enum State { ONLINE, OFFLINE }

    public boolean online() {
        return state == State.ONLINE;
    }
}
