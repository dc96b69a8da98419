package org.backclass.app;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the JavaFX toolkit without an {@code Application} subclass, so the composition root
 * owns the objects rather than a static hand-off. Remembers whether this process started the
 * toolkit: only the owner exits it (tests share one toolkit per JVM).
 */
final class FxPlatform {

    private static final Logger LOG = LoggerFactory.getLogger(FxPlatform.class);
    /** JavaFX's own logger; held strongly so that its filter stays installed. */
    private static final java.util.logging.Logger JAVAFX_LOG = java.util.logging.Logger.getLogger("javafx");
    private final boolean owner;

    private FxPlatform(boolean owner) {
        this.owner = owner;
    }

    /** Selects the off-screen Monocle platform; must run before the toolkit starts. */
    static void useHeadlessPlatform() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("java.awt.headless", "true");
    }

    static FxPlatform start() {
        // The app folder puts JavaFX on the class path on purpose (one launcher for x86_64 and
        // aarch64, Monocle alongside); JavaFX warns about that on every start. Drop just that line.
        JAVAFX_LOG.setFilter(r -> r.getMessage() == null
                || !r.getMessage().startsWith("Unsupported JavaFX configuration"));
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            LOG.debug("JavaFX toolkit already running; sharing it");
            return new FxPlatform(false);
        }
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the JavaFX toolkit did not start: " + e.getMessage(), e);
        }
        Platform.setImplicitExit(false);
        return new FxPlatform(true);
    }

    /** Exits the toolkit if this process started it; idempotent. */
    void exit() {
        if (owner) {
            Platform.exit();
        }
    }
}
