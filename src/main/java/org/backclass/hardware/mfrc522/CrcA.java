package org.backclass.hardware.mfrc522;

import java.util.Arrays;

/**
 * CRC_A of ISO/IEC 14443-3 (§6.2.4): CRC-16/CCITT bit-reversed, preset 0x6363, sent low byte
 * first. Computed here rather than by the chip's CalcCRC command, which costs at least five SPI
 * transfers per frame; a byte takes a few nanoseconds in software.
 */
final class CrcA {

    private static final int PRESET = 0x6363;

    private CrcA() {
    }

    static int of(byte[] data, int offset, int length) {
        int crc = PRESET;
        for (int i = offset; i < offset + length; i++) {
            // The byte-wise form of the reflected polynomial 0x8408 (ISO/IEC 14443-3 Annex B).
            int b = (data[i] ^ crc) & 0xFF;
            b = (b ^ (b << 4)) & 0xFF;
            crc = ((crc >> 8) ^ (b << 8) ^ (b << 3) ^ (b >> 4)) & 0xFFFF;
        }
        return crc;
    }

    /** {@code data} followed by its CRC_A, low byte first. */
    static byte[] append(byte... data) {
        int crc = of(data, 0, data.length);
        byte[] out = Arrays.copyOf(data, data.length + 2);
        out[data.length] = (byte) crc;
        out[data.length + 1] = (byte) (crc >> 8);
        return out;
    }

    /** Whether the last two bytes of {@code frame} are the CRC_A of the bytes before them. */
    static boolean valid(byte[] frame) {
        if (frame.length < 3) {
            return false;
        }
        int crc = of(frame, 0, frame.length - 2);
        return (frame[frame.length - 2] & 0xFF) == (crc & 0xFF)
                && (frame[frame.length - 1] & 0xFF) == (crc >> 8);
    }
}
