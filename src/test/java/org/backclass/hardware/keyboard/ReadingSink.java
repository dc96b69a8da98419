package org.backclass.hardware.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.reader.CardReader;
import org.backclass.domain.reader.ReaderStatus;

/** A check-in stand-in: keeps every read with the thread and the reader status it came with. */
final class ReadingSink implements Function<CardRead, CheckInOutcome> {

    record Delivery(CardRead read, String thread, ReaderStatus status) {
    }

    private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
    private volatile CardReader reader;
    private volatile RuntimeException failure;

    ReadingSink of(CardReader r) {
        this.reader = r;
        return this;
    }

    /** Every call from now on throws {@code e} after recording the read. */
    void failWith(RuntimeException e) {
        failure = e;
    }

    @Override
    public CheckInOutcome apply(CardRead read) {
        // Read before the delivery is visible, so a test changing it after next() affects the next call only.
        RuntimeException f = failure;
        deliveries.add(new Delivery(read, Thread.currentThread().getName(), reader == null ? null : reader.status()));
        if (f != null) {
            throw f;
        }
        return null;
    }

    /** The next delivery; fails the test when none comes within 5 s. */
    Delivery next() throws InterruptedException {
        Delivery d = deliveries.poll(5, TimeUnit.SECONDS);
        assertThat(d).as("a card read reaching the sink").isNotNull();
        return d;
    }

    String nextKey() throws InterruptedException {
        return next().read().primaryKey();
    }

    boolean isEmpty() {
        return deliveries.isEmpty();
    }
}
