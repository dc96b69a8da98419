package org.backclass.ui.support;

import java.time.Duration;
import java.util.Objects;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.PauseTransition;
import javafx.animation.Timeline;

/**
 * {@link Timers} on the JavaFX animation clock. Animations are driven by the FX pulse, so the
 * actions run on the FX thread without any extra hop. Create and cancel only on the FX thread.
 */
public final class FxTimers implements Timers {

    @Override
    public TimerHandle after(Duration delay, Runnable action) {
        Objects.requireNonNull(action, "action");
        PauseTransition pause = new PauseTransition(fx(delay));
        pause.setOnFinished(e -> action.run());
        pause.play();
        return pause::stop;
    }

    @Override
    public TimerHandle every(Duration period, Runnable action) {
        Objects.requireNonNull(action, "action");
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period must be positive, was " + period);
        }
        Timeline timeline = new Timeline(new KeyFrame(fx(period), e -> action.run()));
        timeline.setCycleCount(Animation.INDEFINITE);
        timeline.play();
        return timeline::stop;
    }

    private static javafx.util.Duration fx(Duration d) {
        return javafx.util.Duration.millis(Math.max(0, d.toMillis()));
    }
}
