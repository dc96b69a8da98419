package org.backclass.domain.checkin;

/** Check-in storage failed; nothing was recorded. */
public final class CheckInUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CheckInUnavailableException(Throwable cause) {
        super("the check-in could not be recorded", cause);
    }
}
