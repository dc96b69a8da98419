package org.backclass.ui.support;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * What every ViewModel needs besides its own services.
 *
 * @param clock      wall clock; its zone is the kiosk's zone for every time shown
 * @param messages   localised texts
 * @param timers     delayed and repeating actions on the UI thread
 * @param background where blocking work (database) runs; never the UI thread
 * @param ui         brings results back onto the UI thread ({@code FxThread} in the app, a
 *                   direct executor in unit tests)
 */
public record UiContext(Clock clock, Messages messages, Timers timers, Executor background, Executor ui) {

    public UiContext {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(timers, "timers");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(ui, "ui");
    }
}
