package org.backclass.hardware.keyboard;

import java.nio.file.Path;

/**
 * An input device node that key events are read from: the seam between the reader's rules (when
 * to retry, what to report) and the Linux calls, so tests can put a scripted device behind it.
 *
 * <p><b>Lifecycle.</b> {@link #open}, {@link #grab}, then {@link #read} until it fails or the
 * stream ends, then {@link #close}; after that the same instance may be opened again (replug).
 *
 * <p><b>Threading.</b> One thread, the reader's, makes every call; implementations need not be
 * thread-safe. No call blocks for longer than its timeout, which is what lets the reader notice
 * {@code close()} and finish a reading that ends without Enter.
 */
interface InputDevice {

    /** What {@link #read} returns when the stream ended (a recording or a pipe ran out). */
    int END_OF_STREAM = -1;

    /** How the device is held once {@link #grab} returns. */
    enum Grab {
        /** Exclusively ({@code EVIOCGRAB}): no other program, compositor included, sees its keys. */
        EXCLUSIVE,
        /** Not at all, because it is a recording or a named pipe replayed in the device's place. */
        REPLAY
    }

    Path path();

    /** @throws InputDeviceException MISSING, NO_PERMISSION or FAILED */
    void open() throws InputDeviceException;

    /** @throws InputDeviceException BUSY when another program holds the device, NOT_AN_INPUT_DEVICE or FAILED */
    Grab grab() throws InputDeviceException;

    /** Bytes in one {@code input_event} record; valid after {@link #open}. */
    int recordSize();

    /**
     * Waits at most {@code timeoutMillis} for bytes and reads what is there.
     *
     * @return the number of bytes read into {@code buffer}, 0 when none came in time, or
     *         {@link #END_OF_STREAM}
     * @throws InputDeviceException GONE when the device was unplugged, FAILED on other errors
     */
    int read(byte[] buffer, int timeoutMillis) throws InputDeviceException;

    /** Releases the grab and the node; idempotent, and harmless when not open. */
    void close();
}
