package org.backclass.domain.event;

/**
 * Receives kiosk events. Called on the publisher's thread (a reader poller, a Jetty worker or
 * a timer); a listener that touches JavaFX must hop to the FX thread itself.
 */
@FunctionalInterface
public interface KioskEventListener {
    void onEvent(KioskEvent event);
}
