package org.backclass.domain.event;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fan-out of kiosk events to listeners, in subscription order, on the publishing thread.
 * Thread-safe. A failing listener is logged and does not stop the others: a screen glitch
 * must never undo a check-in that is already committed.
 */
public final class KioskEvents {

    private static final Logger LOG = LoggerFactory.getLogger(KioskEvents.class);
    private final List<KioskEventListener> listeners = new CopyOnWriteArrayList<>();

    /** Adds a listener; the returned handle removes it again. */
    public AutoCloseable subscribe(KioskEventListener listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public void publish(KioskEvent event) {
        for (KioskEventListener listener : listeners) {
            try {
                listener.onEvent(event);
            } catch (RuntimeException e) {
                LOG.error("Listener {} failed on {}", listener, event.getClass().getSimpleName(), e);
            }
        }
    }
}
