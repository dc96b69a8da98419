package org.backclass.hardware.mfrc522;

/**
 * CRC_A for the simulator, computed bit by bit with the reflected polynomial 0x8408: a
 * different algorithm from the driver's byte-wise {@link CrcA}, so the two check each other.
 */
final class SimulatedCrc {

    private SimulatedCrc() {
    }

    /** CRC_A (preset 0x6363) of the first {@code length} bytes. */
    static int crcA(byte[] data, int length) {
        return crc(data, length, 0x6363);
    }

    static int crc(byte[] data, int length, int preset) {
        int crc = preset;
        for (int i = 0; i < length; i++) {
            crc ^= data[i] & 0xFF;
            for (int bit = 0; bit < 8; bit++) {
                crc = (crc & 1) != 0 ? (crc >>> 1) ^ 0x8408 : crc >>> 1;
            }
        }
        return crc;
    }

    /** Whether bytes {@code length - 2} and {@code length - 1} are the CRC_A of those before, low byte first. */
    static boolean ok(byte[] frame, int length) {
        if (length < 3 || frame.length < length) {
            return false;
        }
        int crc = crcA(frame, length - 2);
        return (frame[length - 2] & 0xFF) == (crc & 0xFF) && (frame[length - 1] & 0xFF) == crc >> 8;
    }
}
