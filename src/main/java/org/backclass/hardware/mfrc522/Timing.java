package org.backclass.hardware.mfrc522;

import java.util.concurrent.locks.LockSupport;

/**
 * Time for the driver's short waits inside one exchange (the chip's receive timeout, the reset
 * delay). Production uses the system's monotonic clock and parks the thread; tests pass a
 * simulator's virtual time, so a timeout costs no real time and the number of status polls per
 * exchange is deterministic.
 */
interface Timing {

    Timing SYSTEM = new Timing() {
        @Override
        public long nanoTime() {
            return System.nanoTime();
        }

        @Override
        public void pause(long nanos) {
            // May return early (interrupt, spurious wake-up): every caller re-checks a deadline.
            LockSupport.parkNanos(nanos);
        }
    };

    /** A monotonic time in nanoseconds. */
    long nanoTime();

    /** Waits about {@code nanos}; may return early. */
    void pause(long nanos);
}
