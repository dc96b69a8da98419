package org.backclass.domain.reader;

import org.backclass.domain.card.InvalidCardReadException;
import org.backclass.domain.card.RawCardFormat;
import org.backclass.domain.checkin.CheckInOutcome;

/**
 * A way to present a card without hardware (development, demos, tests). A tap takes the same
 * path a hardware read takes and returns its outcome. Blocking: runs the check-in on the
 * caller's thread.
 */
public interface SimulatedTaps {

    /**
     * @throws InvalidCardReadException when {@code raw} is not a reading in {@code format}
     * @throws IllegalStateException when the reader is not running
     */
    CheckInOutcome tap(String raw, RawCardFormat format);
}
