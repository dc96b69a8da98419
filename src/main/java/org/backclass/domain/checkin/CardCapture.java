package org.backclass.domain.checkin;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.backclass.domain.card.CardRead;

/**
 * Lets staff take the next card read away from the check-in, to enrol or inspect that card on
 * the kiosk: while armed, the next read from any reader goes to the waiting consumer — once —
 * and nobody is checked in by it.
 *
 * <p>Thread-safe: {@link #arm} and {@link #disarm} come from the UI thread, reads arrive on reader
 * threads; the consumer runs on the reader's thread and must hand over to its own thread.
 */
public final class CardCapture {

    private final AtomicReference<Consumer<CardRead>> waiting = new AtomicReference<>();

    /** The next read goes to {@code consumer} (replacing any consumer still waiting). */
    public void arm(Consumer<CardRead> consumer) {
        waiting.set(Objects.requireNonNull(consumer, "consumer"));
    }

    /** Reads go to the check-in again. */
    public void disarm() {
        waiting.set(null);
    }

    public boolean armed() {
        return waiting.get() != null;
    }

    /** The sink for the readers: the waiting consumer if there is one, else {@code checkIn}. */
    public Function<CardRead, CheckInOutcome> routing(Function<CardRead, CheckInOutcome> checkIn) {
        Objects.requireNonNull(checkIn, "checkIn");
        return read -> {
            Consumer<CardRead> consumer = waiting.getAndSet(null);
            if (consumer == null) {
                return checkIn.apply(read);
            }
            consumer.accept(read);
            return new CheckInOutcome.CapturedForEnrolment(read.primaryKey(), read.readNanos());
        };
    }
}
