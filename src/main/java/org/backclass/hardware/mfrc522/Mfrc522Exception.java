package org.backclass.hardware.mfrc522;

/**
 * A failed exchange with the chip or a card. The subtypes tell the reader what happened: a
 * {@link Timeout} on a request is simply an empty field, anything else during a read is an
 * error that counts towards a chip reset.
 */
abstract sealed class Mfrc522Exception extends RuntimeException {

    private Mfrc522Exception(String message) {
        super(message);
    }

    private Mfrc522Exception(String message, Throwable cause) {
        super(message, cause);
    }

    /** No card answered before the chip's timer ran out (TimerIRq). */
    static final class Timeout extends Mfrc522Exception {
        Timeout(String message) {
            super(message);
        }
    }

    /** The chip never signalled the end of an exchange, not even by its timer: it is not working. */
    static final class ChipNotResponding extends Mfrc522Exception {
        ChipNotResponding(String message) {
            super(message);
        }
    }

    /** VersionReg read 0x00 or 0xFF: nothing answers on the bus. */
    static final class NoChip extends Mfrc522Exception {
        private final int version;

        NoChip(int version) {
            super(String.format("VersionReg 0x%02X", version));
            this.version = version;
        }

        int version() {
            return version;
        }
    }

    /** An SPI transfer or the reset pin failed (device gone, I/O error). */
    static final class Io extends Mfrc522Exception {
        Io(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** A CRC_A over a card's answer did not match. */
    static final class Crc extends Mfrc522Exception {
        Crc(String message) {
            super(message);
        }
    }

    /** The chip saw a parity error in a card's answer (ErrorReg ParityErr). */
    static final class Parity extends Mfrc522Exception {
        Parity(String message) {
            super(message);
        }
    }

    /** The check byte of an anticollision answer was not the XOR of the four UID bytes. */
    static final class Bcc extends Mfrc522Exception {
        Bcc(String message) {
            super(message);
        }
    }

    /** Several cards answered where only one may (ErrorReg CollErr outside anticollision). */
    static final class Collision extends Mfrc522Exception {
        Collision(String message) {
            super(message);
        }
    }

    /** An answer of the wrong shape, a buffer overflow or ErrorReg ProtocolErr. */
    static final class Protocol extends Mfrc522Exception {
        Protocol(String message) {
            super(message);
        }
    }
}
