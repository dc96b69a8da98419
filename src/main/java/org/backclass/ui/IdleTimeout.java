package org.backclass.ui;

import java.time.Duration;
import org.backclass.ui.support.Timers;
import org.backclass.ui.support.Timers.TimerHandle;

/**
 * The one timer that takes a screen back to idle: restarted by every interaction, cancelled when
 * the screen goes idle or the player takes over. UI thread only.
 */
final class IdleTimeout {

    private final Timers timers;
    private final Runnable expired;
    private TimerHandle handle;

    IdleTimeout(Timers timers, Runnable expired) {
        this.timers = timers;
        this.expired = expired;
    }

    /** (Re)starts the countdown. */
    void restart(Duration after) {
        cancel();
        handle = timers.after(after, expired);
    }

    void cancel() {
        if (handle != null) {
            handle.cancel();
            handle = null;
        }
    }
}
