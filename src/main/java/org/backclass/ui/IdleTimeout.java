package org.backclass.ui;

import java.time.Duration;
import org.backclass.ui.support.Timers;
import org.backclass.ui.support.Timers.TimerHandle;

/**
 * The one timer that takes a screen back to idle: restarted by every interaction, cancelled when
 * the screen goes idle or the player takes over. UI thread only.
 */
final class IdleTimeout {

    /**
     * Instructor mode locks itself after this long without a touch: long enough to talk to a member,
     * short enough that the roster's health data is not left on an unattended screen.
     */
    static final Duration INSTRUCTOR_TIMEOUT = Duration.ofMinutes(5);

    private final Timers timers;
    private final Duration memberScreens;
    private final Runnable expired;
    private TimerHandle handle;

    /** @param memberScreens how long a member's screen (and every screen but the instructor's) stays */
    IdleTimeout(Timers timers, Duration memberScreens, Runnable expired) {
        this.timers = timers;
        this.memberScreens = java.util.Objects.requireNonNull(memberScreens, "memberScreens");
        this.expired = expired;
    }

    /** (Re)starts the countdown of this screen. */
    void restartFor(KioskViewModel.Screen screen) {
        restart(switch (screen) {
            case INSTRUCTOR, ENROL, AFTER_CLASS, REVIEW -> INSTRUCTOR_TIMEOUT;
            default -> memberScreens;
        });
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
