package org.backclass.hardware.mfrc522;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.reader.CardReader;
import org.backclass.domain.reader.ReaderStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A card reader on an MFRC522 (RC522) board. Create it with {@link Mfrc522Readers#open}.
 *
 * <p><b>Polling.</b> {@link #start} starts one daemon thread, {@code mfrc522-<id>}, which polls
 * every {@link Mfrc522Settings#pollInterval()}: REQA for a new card; for a card already read, a
 * presence check with WUPA (see {@link Presence} for the rule that makes one presentation one
 * tap). An empty poll is one REQA with a 1 ms timeout: about 1 ms and 10 SPI transfers.
 *
 * <p><b>Threading.</b> The sink runs on the poller thread, one read at a time, after the card has
 * been halted; a slow check-in delays the next poll, nothing else. A {@link RuntimeException}
 * from the sink is logged and the thread carries on. {@link #status()} and {@link #close()} may
 * be called from any thread.
 *
 * <p><b>Recovery.</b> After {@link Mfrc522Settings#errorsBeforeReset()} failed polls in a row the
 * chip is reset (reset pin, or SoftReset) and set up again. A chip that does not answer
 * (VersionReg 0x00 or 0xFF) makes the reader OFFLINE; it is tried again every
 * {@link #OFFLINE_RETRY} by the injected clock, and an offline reader costs no SPI traffic in
 * between.
 */
public final class Mfrc522Reader implements CardReader {

    public static final String TYPE = "mfrc522";
    static final Duration OFFLINE_RETRY = ChipSupervisor.OFFLINE_RETRY;
    static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    private static final Logger LOG = LoggerFactory.getLogger(Mfrc522Reader.class);

    private final String id;
    private final Mfrc522Settings settings;
    private final Mfrc522 chip;
    private final Iso14443a cards;
    private final ChipSupervisor supervisor;
    /** Why there is no chip, for a reader whose device could not be opened. */
    private final String unavailable;
    private final Runnable release;
    private final Clock clock;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile Function<CardRead, CheckInOutcome> sink;
    private volatile Thread poller;
    private boolean started; // guarded by this
    private volatile Instant lastReadAt;

    // Poller thread only (or the test driving pollOnce):
    private final Presence presence = new Presence();
    private boolean lastPollFailed;
    private long presenceChecks;

    /**
     * @param release frees the SPI device and the reset pin; runs once, when the reader closes
     */
    Mfrc522Reader(String id, Mfrc522Settings settings, Mfrc522 chip, Runnable release, Clock clock) {
        this(id, settings, Objects.requireNonNull(chip, "chip"), null, release, clock);
    }

    private Mfrc522Reader(String id, Mfrc522Settings settings, Mfrc522 chip, String unavailable, Runnable release,
            Clock clock) {
        this.id = Objects.requireNonNull(id, "id");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.chip = chip;
        this.cards = chip == null ? null : new Iso14443a(chip);
        this.supervisor = chip == null ? null : new ChipSupervisor(id, settings, chip, clock);
        this.unavailable = unavailable;
        this.release = Objects.requireNonNull(release, "release");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** A reader whose device could not be opened: it stays OFFLINE with {@code detail}. */
    static Mfrc522Reader unavailable(String id, Mfrc522Settings settings, String detail, Clock clock) {
        return new Mfrc522Reader(id, settings, null, Objects.requireNonNull(detail, "detail"), () -> { }, clock);
    }

    @Override
    public String id() {
        return id;
    }

    /** Starts the poller thread; a reader without a device only keeps the sink and stays OFFLINE. */
    @Override
    public synchronized void start(Function<CardRead, CheckInOutcome> sink) {
        Objects.requireNonNull(sink, "sink");
        if (started) {
            throw new IllegalStateException("MFRC522 reader '" + id + "' is already started");
        }
        started = true;
        if (closed.get()) {
            LOG.warn("MFRC522 reader '{}' is closed and does not start again", id);
            return;
        }
        this.sink = sink;
        if (chip != null) {
            Thread thread = new Thread(this::run, "mfrc522-" + id);
            thread.setDaemon(true);
            poller = thread;
            thread.start();
        }
    }

    @Override
    public ReaderStatus status() {
        long errors = supervisor == null ? 0 : supervisor.errors();
        if (closed.get() || supervisor == null) {
            return new ReaderStatus(id, TYPE, ReaderStatus.State.OFFLINE, closed.get() ? "stopped" : unavailable,
                    lastReadAt, errors);
        }
        return new ReaderStatus(id, TYPE, supervisor.state(), supervisor.detail(), lastReadAt, errors);
    }

    /** Stops the poller (waiting at most {@link #CLOSE_WAIT}), switches the antenna off, frees the device. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        stop.countDown();
        Thread thread;
        synchronized (this) {
            thread = poller;
        }
        if (thread == null) {
            shutDown();
            return;
        }
        if (thread == Thread.currentThread()) {
            return; // closed from the sink: the loop ends after this poll and shuts down
        }
        try {
            thread.join(CLOSE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (thread.isAlive()) {
            LOG.warn("MFRC522 reader '{}': the poller did not stop within {} ms; {} stays open", id,
                    CLOSE_WAIT.toMillis(), settings.device());
        }
    }

    /** SPI transfers so far (the figure the README quotes per poll). */
    long spiTransfers() {
        return chip == null ? 0 : chip.bus().transfers();
    }

    /** For tests that drive {@link #pollOnce()} themselves instead of starting the thread. */
    void useSink(Function<CardRead, CheckInOutcome> sink) {
        this.sink = sink;
    }

    /** One poll. Called by the poller thread; tests call it directly on a reader never started. */
    void pollOnce() {
        if (chip == null || closed.get() || !supervisor.ready()) {
            return;
        }
        try {
            scan();
            lastPollFailed = false;
            supervisor.pollSucceeded();
        } catch (RuntimeException e) {
            lastPollFailed = true;
            supervisor.pollFailed(e);
        }
    }

    private void run() {
        long interval = settings.pollInterval().toNanos();
        long next = System.nanoTime();
        try {
            while (!closed.get()) {
                try {
                    pollOnce();
                } catch (VirtualMachineError fatal) {
                    throw fatal;
                } catch (Error e) {
                    supervisor.countError();
                    LOG.error("MFRC522 reader '{}': poll failed", id, e);
                }
                next += interval;
                long wait = next - System.nanoTime();
                if (wait < 0) {
                    next = System.nanoTime(); // fell behind (a slow check-in): no burst of catch-up polls
                }
                if (stop.await(Math.max(0, wait), TimeUnit.NANOSECONDS)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            // Nobody else interrupts this thread; stopping is all that is left.
        } finally {
            shutDown();
        }
    }

    private void scan() {
        if (cards.request(Iso14443a.REQA)) {
            read(1);
            return;
        }
        if (presence.isEmpty() && !lastPollFailed) {
            return;
        }
        // Read cards are HALTed and answer only WUPA. After a failed poll a card may be left
        // half-selected; REQA has just sent it back to IDLE (or HALT), and WUPA picks it up.
        // Alternating the preferred bit lets two halted cards take turns in the anticollision.
        int preferredBit = (int) (presenceChecks++ & 1);
        presence.checked(cards.request(Iso14443a.WUPA) ? read(preferredBit).key() : null);
    }

    private Iso14443a.Selection read(int preferredBit) {
        Iso14443a.Selection card = cards.select(preferredBit);
        RuntimeException haltFailed = null;
        try {
            cards.halt();
        } catch (RuntimeException e) {
            haltFailed = e; // the UID is good (its SAK had a valid CRC_A): deliver it all the same
        }
        if (presence.read(card.key())) {
            deliver(card);
        }
        if (haltFailed != null) {
            throw haltFailed;
        }
        return card;
    }

    private void deliver(Iso14443a.Selection card) {
        lastReadAt = clock.instant();
        LOG.debug("MFRC522 reader '{}': card {} (SAK 0x{})", id, card.key(), Integer.toHexString(card.sak()));
        Function<CardRead, CheckInOutcome> target = sink;
        if (target == null) {
            return;
        }
        try {
            target.apply(CardRead.of(id, card.key()));
        } catch (RuntimeException e) {
            LOG.error("MFRC522 reader '{}': the check-in of a card read failed; the reader carries on", id, e);
        }
    }

    private void shutDown() {
        if (supervisor != null) {
            supervisor.shutDown();
        }
        try {
            release.run();
        } catch (RuntimeException e) {
            LOG.warn("MFRC522 reader '{}': releasing {} failed", id, settings.device(), e);
        }
    }
}
