package org.backclass.hardware.keyboard;

import java.time.Duration;
import java.util.Optional;

/**
 * Collects key presses into readings. A reading ends at Enter, or when the reader stops typing
 * for longer than the inter-key gap (for readers set up without a terminator):
 * <ul>
 * <li>between two presses the gap is measured with the events' own kernel timestamps, so a
 * recording replayed all at once still splits where a second card was presented;</li>
 * <li>after the last press no event comes to carry a timestamp, so {@link #finishIfIdle} measures
 * on the monotonic clock from when that press was read.</li>
 * </ul>
 * An Enter with nothing before it (a reader sending CR LF, an Enter after a gap) ends nothing.
 * A reading is cut at {@value #MAX_LENGTH} characters: longer than any card format, so it is
 * still refused, but a stuck key cannot grow it without bound.
 *
 * <p>Pure and not thread-safe: the reader thread owns it and passes the time in.
 */
final class KeystrokeAssembler {

    static final int MAX_LENGTH = 64;

    private final long gapMicros;
    private final long gapNanos;
    private final StringBuilder typed = new StringBuilder();
    private long lastEventMicros;
    private long lastArrivalNanos;

    /** @param interKeyGap a pause longer than this ends a reading; positive */
    KeystrokeAssembler(Duration interKeyGap) {
        if (interKeyGap.isNegative() || interKeyGap.isZero()) {
            throw new IllegalArgumentException("the inter-key gap must be positive, not " + interKeyGap);
        }
        this.gapNanos = interKeyGap.toNanos();
        this.gapMicros = gapNanos / 1000;
    }

    /**
     * Adds a key press.
     *
     * @param arrivedNanos monotonic time when the press was read
     * @return the reading this press finished, if any: the one before it when the gap was
     *         exceeded, or the current one at Enter
     */
    Optional<String> accept(KeyPress key, long arrivedNanos) {
        Optional<String> finished = Optional.empty();
        if (pending() && key.eventMicros() - lastEventMicros > gapMicros) {
            finished = Optional.of(take());
        }
        if (key.isEnter()) {
            return finished.isPresent() || !pending() ? finished : Optional.of(take());
        }
        if (typed.length() < MAX_LENGTH) {
            typed.append(key.symbol());
        }
        lastEventMicros = key.eventMicros();
        lastArrivalNanos = arrivedNanos;
        return finished;
    }

    /** The reading in progress, once nothing was typed for longer than the gap. */
    Optional<String> finishIfIdle(long nowNanos) {
        return pending() && nowNanos - lastArrivalNanos > gapNanos ? Optional.of(take()) : Optional.empty();
    }

    /** The reading in progress, whatever the time: the stream ended, no more keys will come. */
    Optional<String> finish() {
        return pending() ? Optional.of(take()) : Optional.empty();
    }

    boolean pending() {
        return !typed.isEmpty();
    }

    /** How long until {@link #finishIfIdle} would finish the pending reading; 0 if it would now. */
    long nanosUntilIdle(long nowNanos) {
        return Math.max(0, lastArrivalNanos + gapNanos - nowNanos + 1);
    }

    private String take() {
        String reading = typed.toString();
        typed.setLength(0);
        return reading;
    }
}
