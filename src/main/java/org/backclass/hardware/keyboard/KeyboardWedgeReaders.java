package org.backclass.hardware.keyboard;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.backclass.domain.reader.CardReader;

/** Builds USB keyboard-wedge card readers; see {@link KeyboardWedgeReader} for how they behave. */
public final class KeyboardWedgeReaders {

    /** Longer than the pause between two keys of one reading, shorter than between two cards. */
    public static final Duration DEFAULT_INTER_KEY_GAP = Duration.ofMillis(200);

    private KeyboardWedgeReaders() {
    }

    /**
     * A reader of the evdev node {@code device}. Nothing is opened until
     * {@link CardReader#start}; a device that is missing then makes the reader OFFLINE, not an
     * exception.
     *
     * @param device      preferably the stable {@code /dev/input/by-id/usb-…-event-kbd} link (a
     *                    reader with two such nodes sends its keys on one of them)
     * @param interKeyGap a pause in typing longer than this ends a reading that has no Enter;
     *                    {@link #DEFAULT_INTER_KEY_GAP} suits readers we know of
     * @param clock       for the status's {@code lastReadAt}
     * @throws IllegalArgumentException when {@code interKeyGap} is not positive
     */
    public static CardReader open(String readerId, Path device, WedgeFormat format, Duration interKeyGap,
            Clock clock) {
        return new KeyboardWedgeReader(readerId, new LinuxInputDevice(device), format, interKeyGap, clock,
                System::nanoTime, KeyboardWedgeReader.every(KeyboardWedgeReader.RETRY_INTERVAL));
    }
}
