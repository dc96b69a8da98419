package org.backclass.domain.feedback;

/**
 * Light and sound at the card reader (a buzzer and a green and a red LED on a hardware kiosk),
 * so a member who taps and walks on knows without reading the screen whether it worked.
 *
 * <p><b>Threading and failure contract.</b> Called from any thread: the reader's poller, a Jetty
 * worker (simulated taps), the FX thread. Implementations must return at once, handing the
 * pattern to their own thread, and must never throw, whatever state the devices are in: a
 * check-in counts the same with or without a buzzer. A new signal may cut short the one that is
 * still playing; the newest tap is the one the member in front of the reader cares about.
 */
public interface KioskSignals {

    /** Gives no signal; for kiosks without GPIO devices, and for tests. */
    KioskSignals NONE = new KioskSignals() {
        @Override
        public void checkedIn() {
            // silent by design
        }

        @Override
        public void alreadyCheckedIn() {
            // silent by design
        }

        @Override
        public void unknownCard() {
            // silent by design
        }

        @Override
        public void instructorAlert() {
            // silent by design
        }

        @Override
        public String toString() {
            return "KioskSignals.NONE";
        }
    };

    /** A check-in was recorded: the good news, short. */
    void checkedIn();

    /** The member was already checked in: friendly, but different from a new check-in. */
    void alreadyCheckedIn();

    /** The card was not accepted: the member should look at the screen. */
    void unknownCard();

    /** Something needs the instructor's attention (e.g. a member's red flag); hard to miss. */
    void instructorAlert();
}
