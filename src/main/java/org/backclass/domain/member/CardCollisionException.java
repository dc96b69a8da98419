package org.backclass.domain.member;

/** Enrolment refused: the card, or a reading of it, already belongs to a card on file. */
public final class CardCollisionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CardCollisionException(String message) {
        super(message);
    }
}
