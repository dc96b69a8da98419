package org.backclass.hardware.keyboard;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A recorder in reverse: writes the {@code input_event} stream a USB keyboard-wedge reader would
 * produce for what it "types", so test data reads as text. Every key is what {@code evtest} shows
 * for a USB keyboard: {@code EV_MSC MSC_SCAN} (the HID usage), {@code EV_KEY} press,
 * {@code EV_SYN}, and {@link #HOLD} later the same three for the release. Keys follow each
 * other every {@link #KEY_INTERVAL}, about the pace of real readers.
 *
 * <pre>{@code
 * byte[] stream = EvdevRecording.startingAt(T0).type("0006478258").enter()
 *         .pause(Duration.ofSeconds(2)).onKeypad().type("0077842122").keypadEnter().bytes();
 * }</pre>
 */
final class EvdevRecording {

    static final Duration KEY_INTERVAL = Duration.ofMillis(8);
    static final Duration HOLD = Duration.ofMillis(4);
    /** 2026-03-02 07:00 UTC, a Monday morning, in microseconds since the epoch. */
    static final long MONDAY_MORNING_MICROS = 1_772_434_800_000_000L;

    static final int EV_SYN = 0;
    static final int EV_KEY = 1;
    static final int EV_MSC = 4;
    static final int MSC_SCAN = 4;
    static final int KEY_ENTER = 28;
    static final int KEY_KPENTER = 96;
    static final int KEY_LEFTSHIFT = 42;

    /** Linux key code and HID usage (page 7) of each key the recordings use. */
    private record Key(int code, int usage) {
    }

    private static final Map<Character, Key> TOP_ROW = topRow();
    private static final int[] KEYPAD_CODES = {82, 79, 80, 81, 75, 76, 77, 71, 72, 73};
    private static final int[] KEYPAD_USAGES = {0x62, 0x59, 0x5a, 0x5b, 0x5c, 0x5d, 0x5e, 0x5f, 0x60, 0x61};

    /** One {@code input_event}. */
    record Event(long micros, int type, int code, int value) {
    }

    private final List<Event> events = new ArrayList<>();
    private long nowMicros;
    private boolean keypad;
    private boolean shiftLetters;

    private EvdevRecording(long startMicros) {
        this.nowMicros = startMicros;
    }

    static EvdevRecording startingAt(long epochMicros) {
        return new EvdevRecording(epochMicros);
    }

    static EvdevRecording mondayMorning() {
        return startingAt(MONDAY_MORNING_MICROS);
    }

    /** Digits from here on come from the numeric keypad, as some readers send them. */
    EvdevRecording onKeypad() {
        keypad = true;
        return this;
    }

    /** Letters from here on are typed with Shift held, as some hex readers do. */
    EvdevRecording withShiftedLetters() {
        shiftLetters = true;
        return this;
    }

    /** Digits, letters, space and '-' as key presses; '\n' is Enter. */
    EvdevRecording type(String text) {
        for (char c : text.toCharArray()) {
            if (c == '\n') {
                enter();
            } else if (keypad && c >= '0' && c <= '9') {
                key(KEYPAD_CODES[c - '0'], 0x70000 + KEYPAD_USAGES[c - '0']);
            } else {
                Key k = TOP_ROW.get(Character.toLowerCase(c));
                if (k == null) {
                    throw new IllegalArgumentException("no key for '" + c + "'");
                }
                boolean shift = Character.isLetter(c) && shiftLetters;
                if (shift) {
                    event(EV_MSC, MSC_SCAN, 0x700e1).event(EV_KEY, KEY_LEFTSHIFT, 1).sync();
                }
                key(k.code(), 0x70000 + k.usage());
                if (shift) {
                    event(EV_MSC, MSC_SCAN, 0x700e1).event(EV_KEY, KEY_LEFTSHIFT, 0).sync();
                }
            }
        }
        return this;
    }

    EvdevRecording enter() {
        return key(KEY_ENTER, 0x70028);
    }

    EvdevRecording keypadEnter() {
        return key(KEY_KPENTER, 0x70058);
    }

    /** A key held long enough for the kernel to auto-repeat it {@code repeats} times. */
    EvdevRecording held(char c, int repeats) {
        Key k = TOP_ROW.get(Character.toLowerCase(c));
        event(EV_MSC, MSC_SCAN, 0x70000 + k.usage()).event(EV_KEY, k.code(), 1).sync();
        for (int i = 0; i < repeats; i++) {
            nowMicros += 33_000;
            event(EV_KEY, k.code(), 2).sync();
        }
        nowMicros += HOLD.toNanos() / 1000;
        event(EV_MSC, MSC_SCAN, 0x70000 + k.usage()).event(EV_KEY, k.code(), 0).sync();
        nowMicros += (KEY_INTERVAL.minus(HOLD)).toNanos() / 1000;
        return this;
    }

    /** Nothing typed for a while: the time between two cards, or a reader's pause. */
    EvdevRecording pause(Duration d) {
        nowMicros += d.toNanos() / 1000;
        return this;
    }

    /** Any event, as it is. */
    EvdevRecording event(int type, int code, int value) {
        events.add(new Event(nowMicros, type, code, value));
        return this;
    }

    List<Event> events() {
        return List.copyOf(events);
    }

    /** The stream as a 64-bit kernel delivers it: 24-byte records. */
    byte[] bytes() {
        return encode(InputEventDecoder.RECORD_SIZE_64);
    }

    /** The stream as a 32-bit kernel delivers it: 16-byte records. */
    byte[] bytes32() {
        return encode(InputEventDecoder.RECORD_SIZE_32);
    }

    Path writeTo(Path file) throws IOException {
        return Files.write(file, bytes());
    }

    private EvdevRecording key(int code, int usage) {
        event(EV_MSC, MSC_SCAN, usage).event(EV_KEY, code, 1).sync();
        nowMicros += HOLD.toNanos() / 1000;
        event(EV_MSC, MSC_SCAN, usage).event(EV_KEY, code, 0).sync();
        nowMicros += KEY_INTERVAL.minus(HOLD).toNanos() / 1000;
        return this;
    }

    private EvdevRecording sync() {
        return event(EV_SYN, 0, 0);
    }

    private byte[] encode(int recordSize) {
        ByteBuffer out = ByteBuffer.allocate(events.size() * recordSize).order(ByteOrder.LITTLE_ENDIAN);
        for (Event e : events) {
            long seconds = Math.floorDiv(e.micros(), 1_000_000L);
            long micros = Math.floorMod(e.micros(), 1_000_000L);
            if (recordSize == InputEventDecoder.RECORD_SIZE_64) {
                out.putLong(seconds).putLong(micros);
            } else {
                out.putInt((int) seconds).putInt((int) micros);
            }
            out.putShort((short) e.type()).putShort((short) e.code()).putInt(e.value());
        }
        return out.array();
    }

    private static Map<Character, Key> topRow() {
        Map<Character, Key> keys = new HashMap<>();
        for (int d = 1; d <= 9; d++) {
            keys.put((char) ('0' + d), new Key(1 + d, 0x1d + d));
        }
        keys.put('0', new Key(11, 0x27));
        // QWERTY key codes in alphabetical order; HID usages are alphabetical from 0x04.
        int[] letterCodes = {30, 48, 46, 32, 18, 33, 34, 35, 23, 36, 37, 38, 50, 49, 24, 25, 16, 19, 31, 20, 22, 47,
            17, 45, 21, 44};
        for (int i = 0; i < 26; i++) {
            keys.put((char) ('a' + i), new Key(letterCodes[i], 0x04 + i));
        }
        keys.put(' ', new Key(57, 0x2c));
        keys.put('-', new Key(12, 0x2d));
        return Map.copyOf(keys);
    }
}
