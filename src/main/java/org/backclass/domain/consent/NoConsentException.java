package org.backclass.domain.consent;

/** Health data for a member who has not given (or has withdrawn) consent: nothing was stored. */
public final class NoConsentException extends RuntimeException {

    public NoConsentException(String message) {
        super(message);
    }
}
