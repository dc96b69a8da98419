package org.backclass.domain.feedback;

/**
 * Short audible cues for the class player: a beep on each of the last three seconds of a
 * countdown step, and a distinct tone when the next step begins, so members doing an exercise
 * with their eyes off the screen know when to stop and change.
 *
 * <p><b>Threading and failure contract.</b> Called on the FX thread. Implementations must return
 * at once (hand the sound to their own thread, or drop it) and must never throw, whatever state
 * the sound device is in: a class runs the same with or without tones.
 */
public interface CountdownTones {

    /** Plays nothing; for kiosks with tones switched off, and for tests. */
    CountdownTones NONE = new CountdownTones() {
        @Override
        public void warning(int secondsLeft) {
            // silent by design
        }

        @Override
        public void go() {
            // silent by design
        }

        @Override
        public String toString() {
            return "CountdownTones.NONE";
        }
    };

    /**
     * The countdown step has {@code secondsLeft} (3, 2 or 1) seconds to go.
     *
     * @param secondsLeft whole seconds left, as shown on screen
     */
    void warning(int secondsLeft);

    /** A new step has started after a countdown step: change now. */
    void go();
}
