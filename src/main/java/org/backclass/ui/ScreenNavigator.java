package org.backclass.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backclass.ui.KioskViewModel.Screen;
import org.backclass.ui.support.Timers;

/**
 * Which screen the kiosk shows, and the privacy rule that comes with every move: leaving a screen
 * clears all personal data the screens hold, and every screen but idle and the player goes back
 * to idle after its timeout (restarted by any interaction).
 *
 * <p>Threading: UI thread only.
 */
final class ScreenNavigator {

    /**
     * Instructor mode locks itself after this long without a touch: long enough to talk to a member,
     * short enough that the roster's health data is not left on an unattended screen.
     */
    static final Duration INSTRUCTOR_TIMEOUT = Duration.ofMinutes(5);

    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.IDLE);
    private final Duration idleTimeout;
    private final IdleTimeout idleTimer;
    private final List<Runnable> personalData = new ArrayList<>();
    private final List<Runnable> atIdle = new ArrayList<>();

    ScreenNavigator(Timers timers, Duration idleTimeout) {
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.idleTimer = new IdleTimeout(timers, this::returnToIdle);
    }

    /** Registers what forgets one screen's personal data; it runs whenever the screen changes. */
    void clearsPersonalData(Runnable clear) {
        personalData.add(Objects.requireNonNull(clear, "clear"));
    }

    /** Registers what lets go of a screen's resources (the player) when the kiosk goes idle. */
    void atIdle(Runnable letGo) {
        atIdle.add(Objects.requireNonNull(letGo, "letGo"));
    }

    ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
    }

    boolean showing(Screen candidate) {
        return screen.get() == candidate;
    }

    /** Forgets everything personal, then lets {@code fill} fill the next screen, then shows it. */
    void show(Screen next, Runnable fill) {
        clearPersonalData();
        fill.run();
        screen.set(next);
        armIdleTimer();
    }

    /** The player takes the screen with no timeout: a class runs as long as it runs. */
    void showPlayer() {
        idleTimer.cancel();
        clearPersonalData();
        screen.set(Screen.PLAYER);
    }

    /** Back to the idle screen, forgetting everything personal. */
    void returnToIdle() {
        idleTimer.cancel();
        clearPersonalData();
        screen.set(Screen.IDLE);
        atIdle.forEach(Runnable::run);
    }

    /** A touch, click or key press: someone is still there, so the timeout starts again. */
    void registerInteraction() {
        if (screen.get() != Screen.IDLE && screen.get() != Screen.PLAYER) {
            armIdleTimer();
        }
    }

    private void armIdleTimer() {
        idleTimer.restart(switch (screen.get()) {
            case INSTRUCTOR, ENROL, AFTER_CLASS -> INSTRUCTOR_TIMEOUT;
            default -> idleTimeout;
        });
    }

    private void clearPersonalData() {
        personalData.forEach(Runnable::run);
    }
}
