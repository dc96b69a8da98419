package org.backclass.domain.feedback;

import java.util.Objects;
import org.backclass.domain.checkin.CheckInFailed;
import org.backclass.domain.redflag.RedFlagRaised;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.event.KioskEventListener;
import org.backclass.domain.event.KioskEvents;

/**
 * Turns check-in outcomes into {@link KioskSignals}; subscribe it to {@link KioskEvents}.
 *
 * <p>Runs on the publisher's thread (whatever published the outcome); that is safe because
 * {@link KioskSignals} returns at once. A staff card gets the check-in signal as a short
 * acknowledgement that the tap was read (the screen then opens instructor mode). A failed
 * check-in gets the "unknown card" signal: for the member both mean "you are not checked in,
 * look at the screen", and the screen says which. Ignored repeat taps and other events give
 * no signal, so a card left on the reader does not beep over and over.
 */
public final class SignalsOnCheckIn implements KioskEventListener {

    private final KioskSignals signals;

    public SignalsOnCheckIn(KioskSignals signals) {
        this.signals = Objects.requireNonNull(signals, "signals");
    }

    @Override
    public void onEvent(KioskEvent event) {
        switch (event) {
            case CheckInOutcome.CheckedIn ignored -> signals.checkedIn();
            case CheckInOutcome.StaffCard ignored -> signals.checkedIn();
            case CheckInOutcome.AlreadyCheckedIn ignored -> signals.alreadyCheckedIn();
            case CheckInOutcome.UnknownCard ignored -> signals.unknownCard();
            case CheckInFailed ignored -> signals.unknownCard();
            case RedFlagRaised ignored -> signals.instructorAlert();
            case null, default -> {
                // Ignored repeats and events that are not about a tap: no signal.
            }
        }
    }

    @Override
    public String toString() {
        return "SignalsOnCheckIn[" + signals + "]";
    }
}
