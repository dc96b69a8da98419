package org.backclass.domain.card;

/** A reader produced something that is not a card identity; the message says why, for a log line. */
public final class InvalidCardReadException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public InvalidCardReadException(String message) {
        super(message);
    }
}
