package org.backclass.ui.instructor;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backclass.domain.staff.PinUnlock;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PIN pad that unlocks instructor mode. The typed digits are shown only as dots. Checking a
 * PIN (a deliberately slow hash) runs on the background executor, one check at a time, so the
 * {@link PinUnlock} has one user at a time; the outcome comes back on the UI thread.
 *
 * <p>Threading: UI thread only.
 */
public final class PinPadViewModel {

    static final int MAX_DIGITS = 12;
    private static final Logger LOG = LoggerFactory.getLogger(PinPadViewModel.class);

    private final UiContext ctx;
    private final PinUnlock pinUnlock;
    private final Runnable onUnlocked;
    private final StringBuilder typed = new StringBuilder();
    private final ReadOnlyStringWrapper dots = new ReadOnlyStringWrapper(this, "dots", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper checking = new ReadOnlyBooleanWrapper(this, "checking", false);
    /** Bumped by {@link #clear()}: a check that comes back after the pad was left is dropped. */
    private int generation;

    public PinPadViewModel(UiContext ctx, PinUnlock pinUnlock, Runnable onUnlocked) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.pinUnlock = Objects.requireNonNull(pinUnlock, "pinUnlock");
        this.onUnlocked = Objects.requireNonNull(onUnlocked, "onUnlocked");
    }

    public ReadOnlyStringProperty dotsProperty() {
        return dots.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty checkingProperty() {
        return checking.getReadOnlyProperty();
    }

    public void digit(int d) {
        if (d < 0 || d > 9) {
            throw new IllegalArgumentException("digit " + d);
        }
        if (typed.length() < MAX_DIGITS && !checking.get()) {
            typed.append((char) ('0' + d));
            dots.set("•".repeat(typed.length()));
        }
    }

    /** Forgets the typed digits (the message stays). */
    public void clearDigits() {
        typed.setLength(0);
        dots.set("");
    }

    /** Checks the typed PIN off the UI thread; the digits are forgotten at once. */
    public void ok() {
        if (checking.get()) {
            return;
        }
        String pin = typed.toString();
        clearDigits();
        checking.set(true);
        int mine = generation;
        ctx.background().execute(() -> {
            PinUnlock.Result result;
            try {
                result = pinUnlock.tryPin(pin);
            } catch (RuntimeException e) {
                LOG.error("Checking the instructor PIN failed", e);
                result = new PinUnlock.Result(PinUnlock.Outcome.WRONG_PIN, java.time.Duration.ZERO);
            }
            PinUnlock.Result done = result;
            ctx.ui().execute(() -> finish(mine, done));
        });
    }

    private void finish(int mine, PinUnlock.Result result) {
        checking.set(false);
        if (mine != generation) {
            return;
        }
        switch (result.outcome()) {
            case UNLOCKED -> {
                message.set("");
                onUnlocked.run();
            }
            case WRONG_PIN -> message.set(ctx.messages().get(MessageKey.PIN_WRONG));
            case LOCKED_OUT -> message.set(ctx.messages().format(MessageKey.PIN_LOCKED,
                    Math.max(1, (result.retryAfter().toMillis() + 999) / 1000)));
            case NO_PIN_CONFIGURED -> message.set(ctx.messages().get(MessageKey.PIN_NONE));
        }
    }

    /** Leaves the pad: forgets digits and message; a check still running is ignored when it ends. */
    public void clear() {
        generation++;
        clearDigits();
        message.set("");
    }
}
