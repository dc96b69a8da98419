package org.backclass.ui;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import javafx.event.EventHandler;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Demo mode only: keys 1…9, 0, minus and equals present demo cards 0…11, U an unknown card.
 * A tap runs a whole check-in, so it goes to the background executor; its outcome comes back
 * as an ordinary kiosk event. Handles key presses on the FX thread.
 */
final class DemoKeys implements EventHandler<KeyEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(DemoKeys.class);

    private final DemoTaps taps;
    private final Executor background;

    DemoKeys(DemoTaps taps, Executor background) {
        this.taps = Objects.requireNonNull(taps, "taps");
        this.background = Objects.requireNonNull(background, "background");
    }

    /** The demo card a key presents, if any. */
    static OptionalInt demoCardFor(KeyCode code) {
        return switch (code) {
            case DIGIT1, NUMPAD1 -> OptionalInt.of(0);
            case DIGIT2, NUMPAD2 -> OptionalInt.of(1);
            case DIGIT3, NUMPAD3 -> OptionalInt.of(2);
            case DIGIT4, NUMPAD4 -> OptionalInt.of(3);
            case DIGIT5, NUMPAD5 -> OptionalInt.of(4);
            case DIGIT6, NUMPAD6 -> OptionalInt.of(5);
            case DIGIT7, NUMPAD7 -> OptionalInt.of(6);
            case DIGIT8, NUMPAD8 -> OptionalInt.of(7);
            case DIGIT9, NUMPAD9 -> OptionalInt.of(8);
            case DIGIT0, NUMPAD0 -> OptionalInt.of(9);
            case MINUS, SUBTRACT -> OptionalInt.of(10);
            case EQUALS -> OptionalInt.of(11);
            default -> OptionalInt.empty();
        };
    }

    @Override
    public void handle(KeyEvent event) {
        if (event.isShortcutDown() || event.isAltDown()) {
            return;
        }
        if (event.getCode() == KeyCode.U) {
            event.consume();
            submit("unknown card", taps::tapUnknownCard);
            return;
        }
        if (event.getCode() == KeyCode.S) {
            event.consume();
            submit("staff card", taps::tapStaffCard);
            return;
        }
        OptionalInt card = demoCardFor(event.getCode());
        if (card.isPresent()) {
            event.consume();
            int index = card.getAsInt();
            submit("demo card " + index, () -> taps.tapDemoCard(index));
        }
    }

    private void submit(String what, Runnable tap) {
        try {
            background.execute(() -> {
                try {
                    tap.run();
                } catch (RuntimeException e) {
                    LOG.warn("Demo tap ({}) failed", what, e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.warn("Demo tap ({}) refused: the background executor is not accepting work", what);
        }
    }
}
