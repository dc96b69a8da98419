package org.backclass.hardware.keyboard;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns the bytes read from an evdev node into key presses. Pure: no I/O, no clock.
 *
 * <p>A record is the kernel's {@code struct input_event}: a {@code timeval} (two C longs:
 * seconds, microseconds), then {@code u16 type}, {@code u16 code}, {@code s32 value}, little
 * endian as on every Raspberry Pi: {@value #RECORD_SIZE_64} bytes on a 64-bit system,
 * {@value #RECORD_SIZE_32} on a 32-bit one. Only {@code EV_KEY} presses (value 1) count; releases
 * (0), auto-repeats (2), scan codes ({@code EV_MSC}) and report markers ({@code EV_SYN}) are
 * dropped. Modifier keys are dropped too, so a reader that holds Shift for the hex letters reads
 * the same as one that does not.
 *
 * <p>Reads need not end on a record boundary (a pipe may split one): the rest is kept for the
 * next call. Not thread-safe; one reader thread owns an instance, a new one per opening of
 * the device so that no half record survives an unplug.
 */
final class InputEventDecoder {

    static final int RECORD_SIZE_64 = 24;
    static final int RECORD_SIZE_32 = 16;

    static final int EV_KEY = 1;
    private static final int PRESS = 1;
    private static final char IGNORED = 0;
    /** Linux key codes ({@code input-event-codes.h}) to what a card reader means by them. */
    private static final char[] KEYMAP = keymap();

    private final int recordSize;
    private final ByteBuffer pending;

    /** @param recordSize {@value #RECORD_SIZE_64} or {@value #RECORD_SIZE_32} */
    InputEventDecoder(int recordSize) {
        if (recordSize != RECORD_SIZE_64 && recordSize != RECORD_SIZE_32) {
            throw new IllegalArgumentException("an input_event has 16 or 24 bytes, not " + recordSize);
        }
        this.recordSize = recordSize;
        this.pending = ByteBuffer.allocate(recordSize).order(ByteOrder.LITTLE_ENDIAN);
    }

    int recordSize() {
        return recordSize;
    }

    /** The key presses in {@code bytes[0..length)}, in order. */
    List<KeyPress> decode(byte[] bytes, int length) {
        List<KeyPress> presses = new ArrayList<>();
        for (int i = 0; i < length; i++) {
            pending.put(bytes[i]);
            if (!pending.hasRemaining()) {
                pending.flip();
                KeyPress press = decodeRecord(pending);
                if (press != null) {
                    presses.add(press);
                }
                pending.clear();
            }
        }
        return presses;
    }

    private KeyPress decodeRecord(ByteBuffer record) {
        long seconds;
        long micros;
        if (recordSize == RECORD_SIZE_64) {
            seconds = record.getLong();
            micros = record.getLong();
        } else {
            seconds = Integer.toUnsignedLong(record.getInt());
            micros = Integer.toUnsignedLong(record.getInt());
        }
        int type = Short.toUnsignedInt(record.getShort());
        int code = Short.toUnsignedInt(record.getShort());
        int value = record.getInt();
        if (type != EV_KEY || value != PRESS) {
            return null;
        }
        char symbol = code < KEYMAP.length ? KEYMAP[code] : KeyPress.OTHER;
        return symbol == IGNORED ? null : new KeyPress(seconds * 1_000_000L + micros, symbol);
    }

    private static char[] keymap() {
        char[] map = new char[256];
        Arrays.fill(map, KeyPress.OTHER);
        // Top row: KEY_1 (2) .. KEY_9 (10), KEY_0 (11).
        for (int code = 2; code <= 10; code++) {
            map[code] = (char) ('1' + code - 2);
        }
        map[11] = '0';
        // Keypad digits, which some readers send: evdev reports keys, not characters, so the
        // Num Lock state (which would turn them into arrows in a text field) does not matter.
        int[] keypad = {82, 79, 80, 81, 75, 76, 77, 71, 72, 73}; // KEY_KP0 .. KEY_KP9
        for (int digit = 0; digit <= 9; digit++) {
            map[keypad[digit]] = (char) ('0' + digit);
        }
        map[30] = 'A';
        map[48] = 'B';
        map[46] = 'C';
        map[32] = 'D';
        map[18] = 'E';
        map[33] = 'F';
        map[28] = KeyPress.ENTER; // KEY_ENTER
        map[96] = KeyPress.ENTER; // KEY_KPENTER
        // Shift, Ctrl, Alt, Meta, Caps Lock, Num Lock: state keys, not characters.
        for (int code : new int[] {42, 54, 29, 97, 56, 100, 125, 126, 58, 69}) {
            map[code] = IGNORED;
        }
        return map;
    }
}
