package org.backclass.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ordered, idempotent shutdown. Parts register as they start; {@link #stop()} closes them by
 * {@link Stage} (api → readers → hardware → classes → workers → database → FX → Pi4J), once, whoever calls it first: the window,
 * a JVM shutdown hook or a test. A part that fails to stop is logged and the rest still stop.
 */
final class Lifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(Lifecycle.class);

    /** Shutdown stages, in the order they stop. */
    enum Stage { API, READERS, HARDWARE, CLASSES, WORKERS, DATABASE, FX, PI4J }

    private record Part(Stage stage, String name, AutoCloseable closer) {
    }

    private final List<Part> parts = new ArrayList<>();
    private final AtomicBoolean stopping = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);

    /** Registers a part to close on stop; parts close in the reverse order of registration. */
    synchronized void onStop(Stage stage, String name, AutoCloseable closer) {
        if (stopping.get()) {
            throw new IllegalStateException("already stopping");
        }
        parts.add(new Part(stage, name, closer));
    }

    void stop() {
        if (!stopping.compareAndSet(false, true)) {
            return;
        }
        try {
            Part part;
            while ((part = next()) != null) {
                try {
                    part.closer().close();
                    LOG.info("Stopped {}", part.name());
                } catch (Exception e) {
                    LOG.error("Stopping {} failed; carrying on with the rest", part.name(), e);
                }
            }
            LOG.info("BackClass stopped");
        } finally {
            stopped.countDown();
        }
    }

    /** The next part to stop: earliest stage first, and within a stage the latest registered. */
    private synchronized Part next() {
        Part next = null;
        for (Part p : parts) {
            if (next == null || p.stage().compareTo(next.stage()) <= 0) {
                next = p;
            }
        }
        parts.remove(next);
        return next;
    }

    boolean isStopping() {
        return stopping.get();
    }

    void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Waits at most {@code limit}; true when everything has stopped. */
    boolean awaitStopped(java.time.Duration limit) throws InterruptedException {
        return stopped.await(limit.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }
}
