package org.backclass.hardware.keyboard;

/**
 * One key pressed on a wedge reader, already mapped to the character it stands for.
 *
 * @param eventMicros the kernel's timestamp of the event, in microseconds since the epoch; only
 *                    differences between two presses are used
 * @param symbol      {@code 0-9}, {@code A-F}, {@link #ENTER}, or {@link #OTHER} for any key a
 *                    card reader has no business sending
 */
record KeyPress(long eventMicros, char symbol) {

    static final char ENTER = '\n';
    static final char OTHER = '?';

    boolean isEnter() {
        return symbol == ENTER;
    }
}
