package org.backclass.hardware.gpio;

import com.pi4j.context.Context;
import com.pi4j.plugin.gpiod.GpioDPlugin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.backclass.domain.LogText;
import org.backclass.domain.feedback.KioskSignals;
import org.backclass.hardware.gpio.SignalPattern.Frame;
import org.backclass.hardware.gpio.SignalPattern.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link KioskSignals} on a buzzer and a green and a red LED on GPIO pins, through Pi4J. The
 * patterns are described in {@link SignalPattern}.
 *
 * <p><b>Threading.</b> The signal methods only hand the pattern to one daemon thread,
 * {@value #THREAD_NAME}, and return: the caller (a reader poller, a Jetty worker, the FX thread)
 * never waits for a pin. That thread plays one pattern at a time; a new signal stops the one
 * still playing and starts at once, because the newest tap is the one in front of the reader.
 * Every pattern ends with all parts off, and so does {@link #close()}.
 *
 * <p><b>Failures.</b> Each fitted part is opened in the constructor. A part that cannot be opened
 * (wrong pin, pin busy, no permission, no GPIO chip, no gpiod provider) or whose write fails
 * later logs one WARN line, shows as offline in {@link #status()}, and is left out from then
 * on; the other parts keep working. Nothing is thrown to the caller, not even after
 * {@link #close()}. A part that is not fitted (null pin) is simply skipped.
 */
public final class GpioSignals implements KioskSignals, AutoCloseable {

    /** Pi4J's gpiod output provider: works on Pi 4 and Pi 5 without root. */
    public static final String OUTPUT_PROVIDER = GpioDPlugin.DIGITAL_OUTPUT_PROVIDER_ID;
    static final String THREAD_NAME = "backclass-gpio-signals";

    private static final Logger LOG = LoggerFactory.getLogger(GpioSignals.class);

    private final Context pi4j;
    private final SignalScheduler scheduler;
    private final List<SignalOutput> outputs;
    private final AtomicBoolean closed = new AtomicBoolean();
    /** The next step of the playing pattern; signal thread only. */
    private SignalScheduler.Cancellable nextStep;

    /** Opens the fitted parts with the gpiod provider and starts the signal thread. */
    public GpioSignals(Context pi4j, GpioSettings settings) {
        this(pi4j, settings, OUTPUT_PROVIDER, SignalScheduler.onOwnThread(THREAD_NAME));
    }

    /**
     * @param outputProvider Pi4J provider id for the outputs (a mock provider in tests)
     * @param scheduler      the signal thread (a hand-stepped one in tests); closed by {@link #close()}
     */
    GpioSignals(Context pi4j, GpioSettings settings, String outputProvider, SignalScheduler scheduler) {
        this.pi4j = Objects.requireNonNull(pi4j, "pi4j");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(outputProvider, "outputProvider");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        List<SignalOutput> opened = new ArrayList<>();
        open(opened, Part.BUZZER, settings.buzzerPin(), settings, outputProvider);
        open(opened, Part.GREEN_LED, settings.greenLedPin(), settings, outputProvider);
        open(opened, Part.RED_LED, settings.redLedPin(), settings, outputProvider);
        this.outputs = List.copyOf(opened);
    }

    @Override
    public void checkedIn() {
        play(SignalPattern.CHECKED_IN);
    }

    @Override
    public void alreadyCheckedIn() {
        play(SignalPattern.ALREADY_CHECKED_IN);
    }

    @Override
    public void unknownCard() {
        play(SignalPattern.UNKNOWN_CARD);
    }

    @Override
    public void instructorAlert() {
        play(SignalPattern.INSTRUCTOR_ALERT);
    }

    /** The fitted parts (buzzer, green LED, red LED, in that order) and whether each works. */
    public List<GpioDeviceStatus> status() {
        return outputs.stream().map(SignalOutput::status).toList();
    }

    /**
     * Stops the signal thread, turns every part off and releases the pins (before the Pi4J
     * context shuts down). Idempotent; signals afterwards are ignored.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        scheduler.close();
        // The signal thread has stopped (or is stuck in a write): off from here is the last word.
        for (SignalOutput output : outputs) {
            output.forceOff();
            output.release(pi4j);
        }
    }

    @Override
    public String toString() {
        return "GpioSignals" + status();
    }

    /** The Pi4J IO id of a part; one per context, so only one GpioSignals may use a context. */
    static String ioId(Part part) {
        return "backclass-" + part.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A one-line reason for a log line and the status: the exception type and its message. */
    static String reason(Throwable e) {
        String message = e.getMessage();
        Throwable cause = e.getCause();
        if (cause != null && cause.getMessage() != null && !Objects.equals(cause.getMessage(), message)) {
            // Pi4J wraps the interesting part ("Device or resource busy") in its own exceptions.
            message = (message == null ? "" : message + ": ") + cause.getMessage();
        }
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + LogText.quote(message, 200);
    }

    private void open(List<SignalOutput> into, Part part, Integer pin, GpioSettings settings, String provider) {
        if (pin != null) {
            into.add(SignalOutput.open(pi4j, part, pin, settings.outputsActiveLow(), provider));
        }
    }

    private void play(SignalPattern pattern) {
        if (closed.get() || outputs.isEmpty()) {
            return;
        }
        try {
            scheduler.schedule(Duration.ZERO, () -> start(pattern));
        } catch (RuntimeException e) {
            // Closed under our feet, or the executor refused: the contract is to never throw.
            LOG.debug("GPIO signal {} dropped", pattern, e);
        }
    }

    /** Signal thread: stops the playing pattern and starts {@code pattern}. */
    private void start(SignalPattern pattern) {
        if (nextStep != null) {
            nextStep.cancel();
            nextStep = null;
        }
        step(pattern, 0);
    }

    /** Signal thread: shows frame {@code index}, or turns everything off after the last one. */
    private void step(SignalPattern pattern, int index) {
        if (closed.get()) {
            return;
        }
        List<Frame> frames = pattern.frames();
        if (index == frames.size()) {
            nextStep = null;
            outputs.forEach(o -> o.set(false));
            return;
        }
        Frame frame = frames.get(index);
        for (SignalOutput output : outputs) {
            output.set(frame.on().contains(output.part()));
        }
        try {
            nextStep = scheduler.schedule(frame.length(), () -> step(pattern, index + 1));
        } catch (RejectedExecutionException e) {
            // close() won the race; it turns everything off itself.
            nextStep = null;
        }
    }
}
