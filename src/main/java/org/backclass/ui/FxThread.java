package org.backclass.ui;

import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single place that moves work onto the JavaFX thread: the only class in the application
 * that calls {@link Platform#runLater}. Reader pollers, Jetty workers and the background
 * executor hand their results to the screens through here, exactly once per event.
 *
 * <p>{@link #execute} may be called from any thread, including the FX thread, and never
 * blocks; work always runs later, in submission order. Work that throws is logged and does not
 * disturb the next. If JavaFX is not running (not yet started, or shut down), the work is
 * dropped with a warning: a screen update is never worth failing a check-in for.
 */
public final class FxThread implements Executor {

    private static final Logger LOG = LoggerFactory.getLogger(FxThread.class);

    @Override
    public void execute(Runnable command) {
        Objects.requireNonNull(command, "command");
        try {
            Platform.runLater(() -> runLogged(command));
        } catch (IllegalStateException e) {
            LOG.warn("JavaFX is not running; a screen update was dropped ({})", e.getMessage());
        }
    }

    private static void runLogged(Runnable command) {
        try {
            command.run();
        } catch (RuntimeException e) {
            LOG.error("A screen update failed", e);
        }
    }
}
