package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.backclass.ui.testing.RecordingExecutor;
import org.junit.jupiter.api.Test;

class DemoKeysTest {

    private final List<String> taps = new CopyOnWriteArrayList<>();
    private final RecordingExecutor background = new RecordingExecutor();
    private final DemoKeys keys = new DemoKeys(new DemoTaps() {
        @Override
        public void tapDemoCard(int index) {
            taps.add("card " + index);
        }

        @Override
        public void tapUnknownCard() {
            taps.add("unknown");
        }
    }, background);

    @Test
    void theTwelveKeysPresentTheTwelveDemoCardsInKeyboardOrder() {
        List<KeyCode> row = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9, KeyCode.DIGIT0, KeyCode.MINUS,
                KeyCode.EQUALS);

        for (int i = 0; i < row.size(); i++) {
            assertThat(DemoKeys.demoCardFor(row.get(i))).as(row.get(i).name()).isEqualTo(OptionalInt.of(i));
        }
        assertThat(DemoKeys.demoCardFor(KeyCode.A)).isEmpty();
        assertThat(DemoKeys.demoCardFor(KeyCode.ENTER)).isEmpty();
    }

    @Test
    void tapsRunOnTheBackgroundExecutor() {
        keys.handle(press(KeyCode.DIGIT3));
        keys.handle(press(KeyCode.U));
        keys.handle(press(KeyCode.A));

        assertThat(taps).isEmpty();
        assertThat(background.queued()).isEqualTo(2);
        background.runAll();
        assertThat(taps).containsExactly("card 2", "unknown");
    }

    @Test
    void aFailingTapIsLoggedNotThrown() {
        DemoKeys failing = new DemoKeys(new DemoTaps() {
            @Override
            public void tapDemoCard(int index) {
                throw new IllegalStateException("reader stopped");
            }

            @Override
            public void tapUnknownCard() {
                throw new IllegalStateException("reader stopped");
            }
        }, background);

        failing.handle(press(KeyCode.DIGIT1));
        background.runAll();

        assertThat(background.submitted()).isEqualTo(1);
    }

    private static KeyEvent press(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", code.getName(), code, false, false, false, false);
    }
}
