package org.backclass.ui.support;

import java.time.Duration;

/**
 * Delayed and repeating actions for ViewModels, so that screen timing (idle timeout, clock
 * tick, tip rotation) can be driven by a manual clock in plain unit tests.
 *
 * <p>Threading: call only on the UI thread; actions run on the UI thread too. The JavaFX
 * implementation is {@link FxTimers}.
 */
public interface Timers {

    /** Runs {@code action} once after {@code delay}, unless cancelled first. */
    TimerHandle after(Duration delay, Runnable action);

    /** Runs {@code action} every {@code period}, the first time one period from now, until cancelled. */
    TimerHandle every(Duration period, Runnable action);

    /** A scheduled action; cancelling twice, or after it ran, does nothing. */
    @FunctionalInterface
    interface TimerHandle {
        void cancel();
    }
}
