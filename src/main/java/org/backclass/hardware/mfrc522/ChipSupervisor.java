package org.backclass.hardware.mfrc522;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.backclass.domain.reader.ReaderStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one chip working and knows how it is: brings it up, resets it after
 * {@link Mfrc522Settings#errorsBeforeReset()} failed polls in a row, retries a chip that does not
 * answer every {@link #OFFLINE_RETRY} (by the injected clock, with no SPI traffic in between),
 * and holds the state, detail and error count that {@link Mfrc522Reader#status()} reports.
 *
 * <p><b>Threading.</b> The poller thread calls everything except the getters, which any thread
 * may call.
 */
final class ChipSupervisor {

    static final Duration OFFLINE_RETRY = Duration.ofSeconds(5);
    /** Reset warnings after the first are logged at most this often; the rest go to DEBUG. */
    private static final Duration RESET_WARNING_EVERY = Duration.ofMinutes(1);

    /** The reader's logger: these lines are the reader's story in the log. */
    private static final Logger LOG = LoggerFactory.getLogger(Mfrc522Reader.class);

    private final String readerId;
    private final Mfrc522Settings settings;
    private final Mfrc522 chip;
    private final Clock clock;
    private final AtomicLong errors = new AtomicLong();
    private volatile ReaderStatus.State state = ReaderStatus.State.OFFLINE;
    private volatile String detail;

    // Poller thread only:
    private Instant lastInit;
    private Instant lastResetWarning;
    private boolean offlineLogged;
    private int failedInARow;

    ChipSupervisor(String readerId, Mfrc522Settings settings, Mfrc522 chip, Clock clock) {
        this.readerId = readerId;
        this.settings = settings;
        this.chip = chip;
        this.clock = clock;
        this.detail = "starting on " + settings.device();
    }

    boolean online() {
        return state == ReaderStatus.State.ONLINE;
    }

    ReaderStatus.State state() {
        return state;
    }

    String detail() {
        return detail;
    }

    long errors() {
        return errors.get();
    }

    /**
     * Whether the chip may be polled now: true when it is online, or was offline and came up on
     * a retry that was due.
     */
    boolean ready() {
        if (online()) {
            return true;
        }
        if (lastInit != null && clock.instant().isBefore(lastInit.plus(OFFLINE_RETRY))) {
            return false;
        }
        initialise();
        return online();
    }

    void pollSucceeded() {
        failedInARow = 0;
    }

    /** A poll failed: count it, and reset the chip when too many failed in a row. */
    void pollFailed(RuntimeException e) {
        errors.incrementAndGet();
        failedInARow++;
        if (e instanceof Mfrc522Exception) {
            LOG.debug("MFRC522 reader '{}': {} ({})", readerId, e.getMessage(), e.getClass().getSimpleName());
        } else {
            LOG.warn("MFRC522 reader '{}': unexpected failure in a poll", readerId, e);
        }
        if (failedInARow < settings.errorsBeforeReset()) {
            return;
        }
        Instant now = clock.instant();
        if (lastResetWarning == null || !now.isBefore(lastResetWarning.plus(RESET_WARNING_EVERY))) {
            lastResetWarning = now;
            LOG.warn("MFRC522 reader '{}': {} failed polls in a row (last: {}); resetting the chip", readerId,
                    failedInARow, e.getMessage());
        } else {
            LOG.debug("MFRC522 reader '{}': resetting the chip after {} failed polls", readerId, failedInARow);
        }
        failedInARow = 0;
        initialise();
    }

    /** Counts a failure that is not a poll's (an Error in the poller). */
    void countError() {
        errors.incrementAndGet();
    }

    /** The reader is closing: antenna off if the chip is up, and offline from now on. */
    void shutDown() {
        if (online()) {
            try {
                chip.antenna(false);
            } catch (RuntimeException e) {
                LOG.debug("MFRC522 reader '{}': switching the antenna off failed", readerId, e);
            }
        }
        state = ReaderStatus.State.OFFLINE;
    }

    private void initialise() {
        lastInit = clock.instant();
        boolean wasOnline = online();
        try {
            int version = chip.init();
            detail = Mfrc522.describe(version) + " on " + settings.device();
            state = ReaderStatus.State.ONLINE;
            if (!wasOnline) {
                offlineLogged = false;
                LOG.info("MFRC522 reader '{}' online: {}", readerId, detail);
            }
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            state = ReaderStatus.State.OFFLINE;
            detail = offlineDetail(e);
            if (!offlineLogged) {
                offlineLogged = true;
                LOG.warn("MFRC522 reader '{}' offline: {}; trying again every {} s", readerId, detail,
                        OFFLINE_RETRY.toSeconds());
            }
        }
    }

    private String offlineDetail(RuntimeException e) {
        String device = settings.device();
        if (e instanceof Mfrc522Exception.NoChip noChip) {
            return String.format("no answer on %s (VersionReg 0x%02X): check the wiring and the board's 3.3 V supply",
                    device, noChip.version());
        }
        return "the chip on " + device + " did not start: " + e.getMessage();
    }
}
