package org.backclass.ui.testing;

import org.backclass.testing.MutableClock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.concurrent.Executor;
import org.backclass.ui.support.Messages;
import org.backclass.ui.support.UiContext;

/**
 * A {@link UiContext} for plain JUnit ViewModel tests: a manual clock and timers, a recording
 * background executor and an inline UI executor (the test thread plays the UI thread). Give it
 * a {@code TestGym}'s clock so the screens and the gym share one "now".
 */
public final class UiTestContext {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    /** Monday 10 March 2025, 17:55 in Berlin. */
    public static final Instant START = ZonedDateTime.of(2025, 3, 10, 17, 55, 0, 0, ZONE).toInstant();

    public final MutableClock clock;
    public final ManualTimers timers;
    public final RecordingExecutor background = new RecordingExecutor();
    public final Executor ui = Runnable::run;
    public final Messages messages;
    public final UiContext context;

    public UiTestContext() {
        this(Locale.ENGLISH);
    }

    public UiTestContext(Locale locale) {
        this(new MutableClock(START, ZONE), locale);
    }

    /** On a clock shared with something else, e.g. a {@code TestGym}; the timers move it. */
    public UiTestContext(MutableClock clock) {
        this(clock, Locale.ENGLISH);
    }

    public UiTestContext(MutableClock clock, Locale locale) {
        this.clock = clock;
        timers = new ManualTimers(clock);
        messages = Messages.load(locale);
        context = new UiContext(clock, messages, timers, background, ui);
    }

    /** Today at {@code hh:mm} in the test zone. */
    public static Instant today(int hour, int minute) {
        return ZonedDateTime.of(2025, 3, 10, hour, minute, 0, 0, ZONE).toInstant();
    }
}
