package org.backclass.hardware.keyboard;

import java.io.IOException;

/** An input device could not be opened, grabbed or read; the message is a short reason for a status line. */
final class InputDeviceException extends IOException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, with the hint the reader logs for it. */
    enum Problem {
        MISSING(" (is the reader plugged in? the names are under /dev/input/by-id/)"),
        NO_PERMISSION(" (add the kiosk user to the group 'input', or give it the device with a udev rule)"),
        BUSY(" (another program, perhaps a second kiosk instance, has grabbed it)"),
        NOT_AN_INPUT_DEVICE(""),
        GONE(""),
        FAILED("");

        private final String hint;

        Problem(String hint) {
            this.hint = hint;
        }

        /** Text to append to the log line, starting with a space; may be empty. */
        String hint() {
            return hint;
        }
    }

    private final Problem problem;

    InputDeviceException(Problem problem, String message) {
        super(message);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}
