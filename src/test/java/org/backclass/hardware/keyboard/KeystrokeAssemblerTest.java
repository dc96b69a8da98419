package org.backclass.hardware.keyboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeystrokeAssemblerTest {

    private static final long MS = 1_000_000L;
    private final KeystrokeAssembler assembler = new KeystrokeAssembler(Duration.ofMillis(200));
    private final List<String> readings = new ArrayList<>();

    /** Keys typed from {@code startMs} on, one every 8 ms, read as they happen. */
    private long type(String text, long startMs) {
        long t = startMs;
        for (char c : text.toCharArray()) {
            assembler.accept(new KeyPress(t * 1000, c), t * MS).ifPresent(readings::add);
            t += 8;
        }
        return t;
    }

    @Test
    void enterEndsAReading() {
        type("0006478258\n", 0);

        assertThat(readings).containsExactly("0006478258");
        assertThat(assembler.pending()).isFalse();
    }

    @Test
    void aPauseLongerThanTheGapBetweenTwoKeysSplitsTheReadings() {
        long t = type("1234", 0);
        type("5678", t + 250);

        assertThat(readings).containsExactly("1234");
        assertThat(assembler.finish()).contains("5678");
    }

    @Test
    void aPauseUpToTheGapKeepsTheReadingTogether() {
        type("12", 0);
        type("34\n", 8 + 200);

        assertThat(readings).containsExactly("1234");
    }

    @Test
    void eventTimeDecidesBetweenKeys_evenWhenEverythingIsReadAtOnce() {
        // A recording replayed from a file: all keys arrive at the same moment.
        for (KeyPress key : List.of(new KeyPress(0, '1'), new KeyPress(500_000, '2'), new KeyPress(508_000, '3'))) {
            assembler.accept(key, 42 * MS).ifPresent(readings::add);
        }

        assertThat(readings).containsExactly("1");
        assertThat(assembler.finish()).contains("23");
    }

    @Test
    void anIdleReaderFinishesOnTheMonotonicClock() {
        long t = type("0077842122", 1000);
        long lastKey = t - 8;

        assertThat(assembler.finishIfIdle((lastKey + 200) * MS)).isEmpty();
        assertThat(assembler.nanosUntilIdle((lastKey + 150) * MS)).isEqualTo(50 * MS + 1);
        assertThat(assembler.finishIfIdle((lastKey + 201) * MS)).contains("0077842122");
        assertThat(assembler.pending()).isFalse();
    }

    @Test
    void enterWithNothingTypedEndsNothing() {
        type("\n\n123\n\n", 0);

        assertThat(readings).containsExactly("123");
    }

    @Test
    void anEnterAfterTheGapDoesNotEndAnEmptySecondReading() {
        long t = type("123", 0);
        type("\n", t + 300);

        assertThat(readings).containsExactly("123");
        assertThat(assembler.pending()).isFalse();
    }

    @Test
    void aStuckKeyIsCutAtTheLimit() {
        type("1".repeat(1000) + "\n", 0);

        assertThat(readings).singleElement().asString().hasSize(KeystrokeAssembler.MAX_LENGTH);
    }

    @Test
    void finishHandsOverWhateverIsPending() {
        assertThat(assembler.finish()).isEmpty();
        type("12", 0);

        assertThat(assembler.finish()).contains("12");
        assertThat(assembler.finish()).isEmpty();
    }

    @Test
    void theGapMustBePositive() {
        assertThatThrownBy(() -> new KeystrokeAssembler(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KeystrokeAssembler(Duration.ofMillis(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
