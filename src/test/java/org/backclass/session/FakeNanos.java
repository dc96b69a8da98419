package org.backclass.session;

import java.time.Duration;
import java.util.function.LongSupplier;

/** A monotonic nanosecond source the test moves by hand. Starts near the top of the long range to prove wrap-safety. */
final class FakeNanos implements LongSupplier {

    private long now;

    FakeNanos() {
        this(Long.MAX_VALUE - Duration.ofMinutes(30).toNanos());
    }

    FakeNanos(long start) {
        this.now = start;
    }

    @Override
    public long getAsLong() {
        return now;
    }

    void advance(Duration d) {
        now += d.toNanos();
    }

    void advanceSeconds(double seconds) {
        now += Math.round(seconds * 1e9);
    }

    void set(long value) {
        now = value;
    }
}
