package org.backclass.hardware.keyboard;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongSupplier;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.card.InvalidCardReadException;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.reader.CardReader;
import org.backclass.domain.reader.ReaderStatus;
import org.backclass.domain.reader.ReaderStatus.State;
import org.backclass.hardware.keyboard.InputDeviceException.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A USB "keyboard wedge" card reader (125 kHz EM4100 or 13.56 MHz), read straight from its evdev
 * node rather than through a focused text field, so nothing typed on the touchscreen can pass
 * for a card and no card number lands in a text field.
 *
 * <p><b>Threading.</b> {@link #start} starts one daemon thread, {@code usb-reader-<id>}, which
 * opens the device, reads key events, calls the sink (one reading at a time, on that thread) and
 * reopens the device after an unplug. {@link #status()} and {@link #close()} may be called from
 * any thread.
 *
 * <p><b>Exclusive or not at all.</b> An input device is read only while this reader holds its
 * {@code EVIOCGRAB}. Without the grab every card would also be typed into whatever has the
 * keyboard focus, which is what this reader exists to prevent; and while another program holds
 * the grab no key reaches us anyway. So a refused grab is OFFLINE ("in use by another program")
 * and is retried like a missing device. Only a recording or a named pipe replayed in the
 * device's place is read without a grab, which the kernel cannot give for those.
 *
 * <p><b>Device rules.</b> Missing, unreadable, unplugged, a read error, or the end of a replayed
 * stream: the device is closed, the status goes OFFLINE with the path and the reason, and opening
 * is tried again every {@link #RETRY_INTERVAL}, so a replugged reader works again without a
 * restart. The first failure of a kind is logged at WARN with a hint; repeats go to DEBUG.
 * A reading in progress when the device goes away is finished as it stands; if it was cut
 * short, the length check refuses it.
 *
 * <p><b>Readings.</b> Text that is not a card in the configured {@link WedgeFormat} counts as a
 * reader error and is logged at WARN with the reason only, never the text: a card number is a
 * credential. {@code errorCount} counts such readings and lost connections (unplug, read error),
 * not the retries of a device that stays missing, nor the end of a replayed stream. An exception from the sink is logged and
 * the thread reads on.
 */
public final class KeyboardWedgeReader implements CardReader {

    public static final String TYPE = "usb-keyboard";
    /** Between attempts to open a missing, busy or unplugged device. */
    static final Duration RETRY_INTERVAL = Duration.ofSeconds(2);
    /** The longest a read waits, which bounds how long the thread takes to notice {@link #close()}. */
    static final Duration POLL_TICK = Duration.ofMillis(100);
    /** How long {@link #close()} waits for the thread, which may be inside the sink. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(KeyboardWedgeReader.class);
    private static final int RECORDS_PER_READ = 64;

    /** How the thread waits before opening the device again; tests step it by hand. */
    @FunctionalInterface
    interface RetryPause {

        /** Returns when it is time to try again, or early once {@code stop} is counted down. */
        void await(CountDownLatch stop) throws InterruptedException;
    }

    private record Link(State state, String detail) {
    }

    private final String id;
    private final InputDevice device;
    private final WedgeFormat format;
    private final Clock clock;
    private final LongSupplier nanos;
    private final RetryPause pause;
    private final KeystrokeAssembler assembler;
    private final AtomicReference<Function<CardRead, CheckInOutcome>> sink = new AtomicReference<>();
    private final AtomicReference<Instant> lastRead = new AtomicReference<>();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile Link link;
    private volatile Thread thread;
    // Reader thread only:
    private Problem lastProblem;

    /**
     * @param interKeyGap    a pause in typing longer than this ends a reading without Enter
     * @param clock          for {@code lastReadAt}
     * @param monotonicNanos for the inter-key gap and {@link CardRead#readNanos()}
     *                       ({@code System::nanoTime} in production)
     */
    KeyboardWedgeReader(String id, InputDevice device, WedgeFormat format, Duration interKeyGap, Clock clock,
            LongSupplier monotonicNanos, RetryPause pause) {
        this.id = Objects.requireNonNull(id, "id");
        this.device = Objects.requireNonNull(device, "device");
        this.format = Objects.requireNonNull(format, "format");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.nanos = Objects.requireNonNull(monotonicNanos, "monotonicNanos");
        this.pause = Objects.requireNonNull(pause, "pause");
        this.assembler = new KeystrokeAssembler(Objects.requireNonNull(interKeyGap, "interKeyGap"));
        this.link = new Link(State.OFFLINE, device.path() + " not started (" + format + ")");
    }

    /** The production pause: {@code interval}, cut short by {@link #close()}. */
    static RetryPause every(Duration interval) {
        return stop -> stop.await(interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public String id() {
        return id;
    }

    /** @throws IllegalStateException when already started or closed */
    @Override
    public void start(Function<CardRead, CheckInOutcome> sink) {
        Objects.requireNonNull(sink, "sink");
        if (closed.get() || !this.sink.compareAndSet(null, sink)) {
            throw new IllegalStateException("reader " + id + " was already started or closed");
        }
        Thread t = new Thread(this::run, "usb-reader-" + id);
        t.setDaemon(true);
        thread = t;
        t.start();
    }

    @Override
    public ReaderStatus status() {
        Link l = link;
        return new ReaderStatus(id, TYPE, l.state(), l.detail(), lastRead.get(), errors.get());
    }

    /**
     * Stops the thread, waiting at most {@link #CLOSE_WAIT} (a read returns within
     * {@link #POLL_TICK}; a sink call is waited for, not interrupted), and releases the grab and
     * the device from that thread; idempotent.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stop.countDown();
        Thread t = thread;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(CLOSE_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (t.isAlive()) {
                LOG.warn("Reader {}: thread did not stop within {} ms; the device is released when it does", id,
                        CLOSE_WAIT.toMillis());
            }
        }
        link = stopped();
    }

    private Link stopped() {
        return new Link(State.OFFLINE, device.path() + " stopped");
    }

    private void run() {
        try {
            while (!closed.get()) {
                try {
                    if (connect()) {
                        pump();
                    }
                } catch (RuntimeException e) {
                    // A bug, not a device problem; keep the reader alive and say so. A half
                    // reading from before the failure must not run into the next one.
                    assembler.finish();
                    errors.incrementAndGet();
                    link = new Link(State.OFFLINE, device.path() + " failed: " + e);
                    LOG.error("Reader {}: unexpected failure; trying again", id, e);
                } finally {
                    device.close();
                }
                if (!closed.get()) {
                    pause.await(stop);
                }
            }
        } catch (InterruptedException e) {
            // Nobody interrupts this thread but the JVM going down: stop like close() would.
            Thread.currentThread().interrupt();
        } finally {
            device.close();
            link = stopped();
        }
    }

    /** Opens and grabs the device; false, after reporting why, when that is not possible now. */
    private boolean connect() {
        try {
            device.open();
            InputDevice.Grab grab = device.grab();
            boolean exclusive = grab == InputDevice.Grab.EXCLUSIVE;
            link = new Link(State.ONLINE, device.path() + (exclusive ? " grabbed" : " replayed without a grab")
                    + " (" + format + ")");
            LOG.info("Reader {}: {} open{}, reading cards as {}", id, device.path(),
                    exclusive ? " exclusively" : " as a recording (not an input device, so no grab)", format);
            lastProblem = null;
            return true;
        } catch (InputDeviceException e) {
            device.close();
            offline(e);
            return false;
        }
    }

    /** Reads until the device goes away or the reader is closed. */
    private void pump() {
        InputEventDecoder decoder = new InputEventDecoder(device.recordSize());
        byte[] buffer = new byte[decoder.recordSize() * RECORDS_PER_READ];
        while (!closed.get()) {
            int n;
            try {
                n = device.read(buffer, timeoutMillis());
            } catch (InputDeviceException e) {
                lost(e);
                return;
            }
            long now = nanos.getAsLong();
            if (n == InputDevice.END_OF_STREAM) {
                // Only a recording or a pipe ends; an evdev node fails with ENODEV instead.
                assembler.finish().ifPresent(reading -> deliver(reading, now));
                offline(new InputDeviceException(Problem.GONE, "stream ended"));
                return;
            }
            for (KeyPress key : decoder.decode(buffer, n)) {
                assembler.accept(key, now).ifPresent(reading -> deliver(reading, now));
            }
            assembler.finishIfIdle(now).ifPresent(reading -> deliver(reading, now));
        }
    }

    /** Until the pending reading would time out, but never longer than a tick. */
    private int timeoutMillis() {
        long tick = POLL_TICK.toMillis();
        if (!assembler.pending()) {
            return (int) tick;
        }
        long untilIdle = assembler.nanosUntilIdle(nanos.getAsLong());
        return (int) Math.min(tick, (untilIdle + 999_999) / 1_000_000);
    }

    private void deliver(String typed, long readNanos) {
        CardRead read;
        try {
            read = new CardRead(id, format.lookupKeys(typed), readNanos);
        } catch (InvalidCardReadException e) {
            errors.incrementAndGet();
            LOG.warn("Reader {}: ignored a reading that is not a card as {}: {}", id, format, e.getMessage());
            return;
        }
        lastRead.set(clock.instant());
        try {
            sink.get().apply(read);
        } catch (RuntimeException e) {
            LOG.error("Reader {}: handling a card failed; reading on", id, e);
        }
    }

    private void lost(InputDeviceException e) {
        assembler.finish().ifPresent(reading -> deliver(reading, nanos.getAsLong()));
        errors.incrementAndGet();
        offline(e);
    }

    private void offline(InputDeviceException e) {
        String detail = device.path() + " " + e.getMessage();
        link = new Link(State.OFFLINE, detail + " (" + format + ")");
        if (e.problem() != lastProblem) {
            LOG.warn("Reader {}: {}{}; trying again every {} s", id, detail, e.problem().hint(),
                    RETRY_INTERVAL.toSeconds());
        } else {
            LOG.debug("Reader {}: still {}", id, detail);
        }
        lastProblem = e.problem();
    }
}
