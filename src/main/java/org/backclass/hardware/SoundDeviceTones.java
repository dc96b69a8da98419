package org.backclass.hardware;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;
import org.backclass.domain.LogText;
import org.backclass.domain.feedback.CountdownTones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Countdown tones through the kiosk's sound device ({@code javax.sound.sampled}), when it has one.
 *
 * <p><b>Threading.</b> {@link #warning} and {@link #go} are called on the FX thread and only
 * offer a request to a small bounded queue. One daemon thread, {@value #THREAD_NAME}, opens the
 * line and writes the beeps. When the queue is full (a slow or hung device) the new tone is
 * dropped: the FX thread never waits for audio, and a beep seconds late is worse than none.
 *
 * <p><b>No device.</b> The line is opened at the first tone, not at startup, so a kiosk without
 * speakers costs nothing until a class runs. When opening or writing fails for any reason
 * (no device, device busy, unsupported format, missing native libraries, a USB speaker pulled
 * out) one WARN line is logged, the line is closed, and tones are dropped silently. A tone
 * requested {@link #RETRY_AFTER} or more after the last failed attempt tries again, without
 * logging again, so speakers plugged in later start to work. After a successful open, the
 * next failure is logged again. Nothing escapes to the caller.
 *
 * <p>The line stays open between tones: reopening it for every beep would add the device's
 * start-up latency to each one, and the countdown must sound on the second.
 */
public final class SoundDeviceTones implements CountdownTones, AutoCloseable {

    /** The minimum time between attempts to open a device that failed. */
    static final Duration RETRY_AFTER = Duration.ofMinutes(1);
    /** Requests waiting to play; a full countdown (3, 2, 1, go) fits, a backlog does not. */
    static final int QUEUE_CAPACITY = 4;
    /** How long {@link #close()} waits for the player thread. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(2);
    static final String THREAD_NAME = "backclass-tones";

    private static final Logger LOG = LoggerFactory.getLogger(SoundDeviceTones.class);
    /** Half a second of audio: room for the longest beep, so a write seldom waits for the device. */
    private static final int BUFFER_BYTES =
            (int) Beep.FORMAT.getSampleRate() * Beep.FORMAT.getFrameSize() / 2;

    /** Where the line comes from: the sound system in production, a scripted device in tests. */
    @FunctionalInterface
    interface LineOpener {

        /**
         * An open, started line accepting {@code format}.
         *
         * @throws LineUnavailableException (or any other exception or error) when there is no
         *                                  usable device
         */
        SourceDataLine open(AudioFormat format) throws LineUnavailableException;
    }

    /** A tone and when it was asked for; the time decides the retry rule, whenever it is played. */
    private record Request(Beep beep, long atNanos) {
    }

    private final LineOpener opener;
    private final LongSupplier nanos;
    private final BlockingQueue<Request> queue = new ArrayBlockingQueue<>(QUEUE_CAPACITY);
    private final AtomicBoolean closed = new AtomicBoolean();
    private final Thread player;

    /** Written by the player thread; volatile because {@link #close()} closes it from another. */
    private volatile SourceDataLine line;
    // Player thread only:
    private boolean failing;
    private long failedAt;

    /** Tones on the system's default sound device. Opens nothing yet. */
    public SoundDeviceTones() {
        this(SoundDeviceTones::openDefaultLine, System::nanoTime);
    }

    /**
     * @param opener         the device
     * @param monotonicNanos time for the retry rule ({@code System::nanoTime} in production)
     */
    SoundDeviceTones(LineOpener opener, LongSupplier monotonicNanos) {
        this.opener = Objects.requireNonNull(opener, "opener");
        this.nanos = Objects.requireNonNull(monotonicNanos, "monotonicNanos");
        this.player = new Thread(this::run, THREAD_NAME);
        player.setDaemon(true);
        player.start();
    }

    @Override
    public void warning(int secondsLeft) {
        if (secondsLeft > 0) {
            request(Beep.WARNING);
        }
    }

    @Override
    public void go() {
        request(Beep.GO);
    }

    /** Stops the player thread (waiting at most {@link #CLOSE_WAIT}) and closes the line; idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        queue.clear();
        player.interrupt();
        // Closing the line also ends a write stuck in a hung device, which an interrupt does not.
        closeLine();
        try {
            player.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (player.isAlive()) {
            LOG.warn("The countdown tone thread did not stop within {} ms", CLOSE_WAIT.toMillis());
        }
    }

    private void request(Beep beep) {
        if (closed.get()) {
            return;
        }
        try {
            if (!queue.offer(new Request(beep, nanos.getAsLong()))) {
                LOG.debug("Countdown tone {} dropped: the sound device is behind", beep);
            }
        } catch (RuntimeException e) {
            // The contract: never throw on the FX thread, whatever goes wrong.
            LOG.debug("Countdown tone {} dropped", beep, e);
        }
    }

    private void run() {
        try {
            while (!closed.get()) {
                play(queue.take());
            }
        } catch (InterruptedException e) {
            // close() asked the thread to stop; closing the line below is all that is left.
        } finally {
            closeLine();
        }
    }

    private void play(Request request) {
        SourceDataLine out = line;
        if (out == null) {
            if (failing && request.atNanos() - failedAt < RETRY_AFTER.toNanos()) {
                return;
            }
            out = open(request.atNanos());
            if (out == null) {
                return;
            }
        }
        byte[] pcm = request.beep().pcm();
        try {
            int written = out.write(pcm, 0, pcm.length);
            if (written < pcm.length && !closed.get()) {
                throw new IllegalStateException("the device took " + written + " of " + pcm.length + " bytes");
            }
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception | Error e) {
            closeLine();
            if (!closed.get()) {
                // A line closed under a write by close() is the shutdown, not a failure.
                failed(request.atNanos(), e);
            }
        }
    }

    /** The open line, or null after logging why there is none. */
    private SourceDataLine open(long now) {
        try {
            SourceDataLine opened = Objects.requireNonNull(opener.open(Beep.FORMAT), "the sound system gave no line");
            line = opened;
            if (closed.get()) {
                // close() ran while the device was opening and may have missed this line.
                closeLine();
                return null;
            }
            failing = false;
            LOG.info("Sound device open: countdown tones are on");
            return opened;
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception | Error e) {
            failed(now, e);
            return null;
        }
    }

    private void failed(long now, Throwable cause) {
        failedAt = now;
        if (!failing) {
            failing = true;
            LOG.warn("No sound device: countdown tones are off ({})", reason(cause));
        }
        LOG.debug("Sound device failure", cause);
    }

    private void closeLine() {
        SourceDataLine l = line;
        line = null;
        if (l == null) {
            return;
        }
        try {
            l.close();
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception | Error e) {
            LOG.debug("Closing the sound line failed", e);
        }
    }

    private static String reason(Throwable cause) {
        String message = cause.getMessage();
        String type = cause.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + LogText.quote(message, 160);
    }

    /** The production device: the sound system's default line for {@code format}, opened and started. */
    static SourceDataLine openDefaultLine(AudioFormat format) throws LineUnavailableException {
        SourceDataLine l = AudioSystem.getSourceDataLine(format);
        l.open(format, BUFFER_BYTES);
        try {
            l.start();
        } catch (RuntimeException e) {
            l.close();
            throw e;
        }
        return l;
    }
}
