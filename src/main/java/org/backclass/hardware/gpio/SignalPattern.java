package org.backclass.hardware.gpio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The light-and-sound patterns, as frames: which parts are on, and for how long. After the last
 * frame everything is off. The buzzer is a plain on/off buzzer with one pitch, so the signals
 * differ in colour, beep count and beep length:
 *
 * <ul>
 *   <li>{@link #CHECKED_IN}: green for 1 s, one short beep (100 ms) at the start.</li>
 *   <li>{@link #ALREADY_CHECKED_IN}: green blinks twice (200 ms on, 150 ms off), a short beep
 *       (100 ms) with each blink; 550 ms in all.</li>
 *   <li>{@link #UNKNOWN_CARD}: red for 1.5 s, one long beep (600 ms) at the start.</li>
 *   <li>{@link #INSTRUCTOR_ALERT}: three rounds of three red flashes with a beep each (150 ms on,
 *       100 ms apart), 600 ms between rounds; 3.15 s in all: long enough to be noticed across a
 *       gym, short enough not to drown out the class.</li>
 * </ul>
 */
enum SignalPattern {

    CHECKED_IN(new Frames()
            .on(100, Part.BUZZER, Part.GREEN_LED)
            .on(900, Part.GREEN_LED)),

    ALREADY_CHECKED_IN(new Frames()
            .on(100, Part.BUZZER, Part.GREEN_LED).on(100, Part.GREEN_LED).off(150)
            .on(100, Part.BUZZER, Part.GREEN_LED).on(100, Part.GREEN_LED)),

    UNKNOWN_CARD(new Frames()
            .on(600, Part.BUZZER, Part.RED_LED)
            .on(900, Part.RED_LED)),

    INSTRUCTOR_ALERT(alertRounds(3));

    /** The devices a pattern drives, in the order their pins are set within a frame. */
    enum Part {
        BUZZER("buzzer"), GREEN_LED("green LED"), RED_LED("red LED");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        /** For log lines and status: "buzzer", "green LED", "red LED". */
        String label() {
            return label;
        }
    }

    /** {@code on} for {@code length}; every part not in {@code on} is off. */
    record Frame(Set<Part> on, Duration length) {
        Frame {
            on = Set.copyOf(on);
        }
    }

    private final List<Frame> frames;

    SignalPattern(Frames frames) {
        this.frames = frames.build();
    }

    List<Frame> frames() {
        return frames;
    }

    /** From the first frame until everything is off again. */
    Duration length() {
        return frames.stream().map(Frame::length).reduce(Duration.ZERO, Duration::plus);
    }

    private static Frames alertRounds(int rounds) {
        Frames f = new Frames();
        for (int round = 0; round < rounds; round++) {
            if (round > 0) {
                f.off(600);
            }
            for (int flash = 0; flash < 3; flash++) {
                if (flash > 0) {
                    f.off(100);
                }
                f.on(150, Part.BUZZER, Part.RED_LED);
            }
        }
        return f;
    }

    /** Builds the frame list. */
    private static final class Frames {
        private final List<Frame> list = new ArrayList<>();

        Frames on(long millis, Part first, Part... more) {
            list.add(new Frame(EnumSet.of(first, more), Duration.ofMillis(millis)));
            return this;
        }

        Frames off(long millis) {
            list.add(new Frame(Set.of(), Duration.ofMillis(millis)));
            return this;
        }

        List<Frame> build() {
            return List.copyOf(list);
        }
    }
}
