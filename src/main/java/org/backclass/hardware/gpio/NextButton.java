package org.backclass.hardware.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalInputConfig;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.DigitalStateChangeEvent;
import com.pi4j.io.gpio.digital.DigitalStateChangeListener;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.gpiod.GpioDPlugin;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The class player's physical "next" push button on a GPIO pin, through Pi4J: calls
 * {@code onPress} once per press, on the press edge (not on release).
 *
 * <p><b>Debounce.</b> A mechanical contact bounces for a few milliseconds on both press and
 * release. An edge counts only when the line was quiet for {@code buttonDebounce} before it; any
 * edge, counted or not, restarts that quiet time. So the bounces of a press are dropped, and so
 * are the bounces of a quick release, which would otherwise look like a second press just after
 * the debounce time. A press therefore fires with no delay, while Pi4J's own gpiod debounce
 * (which holds every edge back until the line settles) is kept to a short glitch filter.
 *
 * <p><b>Threading.</b> {@code onPress} runs on Pi4J's input thread for this pin (with the mock
 * provider, on the thread that changes the mock state). It must return quickly and hop to the FX
 * thread itself before touching the UI. An exception from it is logged and the button goes on.
 *
 * <p><b>Failures.</b> When the pin cannot be opened (wrong pin, pin busy, no permission, no GPIO
 * chip) one WARN line is logged, {@link #status()} shows the button offline, and the kiosk goes on
 * without it (the on-screen control still works). Nothing is thrown.
 */
public final class NextButton implements AutoCloseable {

    /** Pi4J's gpiod input provider: works on Pi 4 and Pi 5 without root. */
    public static final String INPUT_PROVIDER = GpioDPlugin.DIGITAL_INPUT_PROVIDER_ID;
    static final String IO_ID = "backclass-next-button";
    static final String DEVICE = "next button";
    /** Pi4J's gpiod settle time; it delays every edge by this much, so it only filters glitches. */
    static final Duration GLITCH_FILTER = Duration.ofMillis(5);

    private static final Logger LOG = LoggerFactory.getLogger(NextButton.class);

    private final Context pi4j;
    private final Runnable onPress;
    private final LongSupplier nanos;
    private final long debounceNanos;
    private final DigitalState pressed;
    private final Integer pin;
    private final DigitalInput input;
    private final DigitalStateChangeListener listener = this::onChange;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile String offlineReason;
    /** Guarded by {@code this}: when the last edge came, counted or not. */
    private long lastEdgeNanos;
    private boolean anyEdge;

    /** Opens the button pin with the gpiod provider; an absent pin gives a button that never fires. */
    public NextButton(Context pi4j, GpioSettings settings, Runnable onPress) {
        this(pi4j, settings, onPress, INPUT_PROVIDER, System::nanoTime);
    }

    /**
     * @param inputProvider  Pi4J provider id for the input (a mock provider in tests)
     * @param monotonicNanos time for the debounce rule ({@code System::nanoTime} in production)
     */
    NextButton(Context pi4j, GpioSettings settings, Runnable onPress, String inputProvider,
            LongSupplier monotonicNanos) {
        this.pi4j = Objects.requireNonNull(pi4j, "pi4j");
        this.onPress = Objects.requireNonNull(onPress, "onPress");
        this.nanos = Objects.requireNonNull(monotonicNanos, "monotonicNanos");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(inputProvider, "inputProvider");
        this.debounceNanos = settings.buttonDebounce().toNanos();
        this.pressed = settings.buttonActiveLow() ? DigitalState.LOW : DigitalState.HIGH;
        this.pin = settings.nextButtonPin();
        this.input = pin == null ? null : open(settings, inputProvider);
    }

    /** The button's health, or empty when no button is fitted. */
    public Optional<GpioDeviceStatus> status() {
        if (pin == null) {
            return Optional.empty();
        }
        String reason = offlineReason;
        return Optional.of(new GpioDeviceStatus(DEVICE, pin, reason == null, reason == null ? "" : reason));
    }

    /**
     * Stops reporting presses and releases the pin (before the Pi4J context shuts down); idempotent.
     * With gpiod this waits for the pin's input thread, which checks for a stop every 10 ms.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true) || input == null) {
            return;
        }
        try {
            input.removeListener(listener);
            pi4j.shutdown(input.id());
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception | LinkageError e) {
            LOG.debug("Releasing the next button failed", e);
        }
    }

    @Override
    public String toString() {
        return "NextButton" + status().map(Object::toString).orElse("[not fitted]");
    }

    private DigitalInput open(GpioSettings settings, String provider) {
        try {
            long filterMicros = Math.min(GLITCH_FILTER.toNanos(), debounceNanos) / 1_000;
            DigitalInputConfig config = DigitalInput.newConfigBuilder(pi4j)
                    .id(IO_ID)
                    .name("BackClass " + DEVICE)
                    .address(pin)
                    .provider(provider)
                    .pull(settings.buttonActiveLow() ? PullResistance.PULL_UP : PullResistance.PULL_DOWN)
                    .debounce(filterMicros)
                    .build();
            DigitalInput opened = pi4j.create(config);
            opened.addListener(listener);
            LOG.info("GPIO {} on GPIO {} is ready", DEVICE, pin);
            return opened;
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception | LinkageError e) {
            offlineReason = GpioSignals.reason(e);
            LOG.warn("GPIO {} on GPIO {} is offline, use the on-screen control: {}", DEVICE, pin, offlineReason);
            LOG.debug("Opening the next button failed", e);
            return null;
        }
    }

    private void onChange(DigitalStateChangeEvent<?> event) {
        if (closed.get() || !countsAsPress(event.state())) {
            return;
        }
        try {
            onPress.run();
        } catch (RuntimeException e) {
            // Pi4J's input thread must survive a broken receiver, or the button would die with it.
            LOG.warn("The next button's receiver failed", e);
        }
    }

    private synchronized boolean countsAsPress(DigitalState state) {
        long now = nanos.getAsLong();
        boolean quiet = !anyEdge || now - lastEdgeNanos >= debounceNanos;
        anyEdge = true;
        lastEdgeNanos = now;
        return quiet && state == pressed;
    }
}
