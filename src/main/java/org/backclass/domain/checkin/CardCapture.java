package org.backclass.domain.checkin;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import org.backclass.domain.card.CardRead;

/**
 * Lets staff take the next card read away from the check-in, to enrol or inspect that card on
 * the kiosk or from the staff page: while armed, the next read from any reader goes to the
 * waiting consumer — once — and nobody is checked in by it.
 *
 * <p>A screen on the kiosk arms without a deadline and always wins: it replaces whatever was
 * waiting. A request from the LAN arms only when nothing waits and only until a deadline, so a
 * forgotten request can never swallow a member's check-in: a read after the deadline checks in.
 *
 * <p>Thread-safe: arming and disarming come from the UI thread or Jetty workers, reads arrive on
 * reader threads; the consumer runs on the reader's thread and must hand over to its own thread.
 */
public final class CardCapture {

    private record Waiting(Consumer<CardRead> consumer, long deadlineNanos, boolean timed) {
        boolean over(long nanos) {
            return timed && nanos - deadlineNanos >= 0;
        }
    }

    private final AtomicReference<Waiting> waiting = new AtomicReference<>();

    /** The next read goes to {@code consumer} (replacing any consumer still waiting). */
    public void arm(Consumer<CardRead> consumer) {
        waiting.set(new Waiting(Objects.requireNonNull(consumer, "consumer"), 0, false));
    }

    /**
     * The next read before {@code deadlineNanos} (on the {@link System#nanoTime()} scale of
     * {@link CardRead#readNanos()}) goes to {@code consumer}, unless something already waits.
     *
     * @return false, arming nothing, when another consumer is waiting
     */
    public boolean armUntil(Consumer<CardRead> consumer, long deadlineNanos) {
        Waiting mine = new Waiting(Objects.requireNonNull(consumer, "consumer"), deadlineNanos, true);
        while (true) {
            Waiting current = waiting.get();
            if (current != null && !current.over(System.nanoTime())) {
                return false;
            }
            if (waiting.compareAndSet(current, mine)) {
                return true;
            }
        }
    }

    /** Reads go to the check-in again. */
    public void disarm() {
        waiting.set(null);
    }

    /** Reads go to the check-in again if {@code consumer} is still the one waiting. */
    public void disarm(Consumer<CardRead> consumer) {
        Waiting current = waiting.get();
        if (current != null && current.consumer() == consumer) {
            waiting.compareAndSet(current, null);
        }
    }

    /** True while {@code consumer} is the one waiting for the next read. */
    public boolean waitingFor(Consumer<CardRead> consumer) {
        Waiting current = waiting.get();
        return current != null && current.consumer() == consumer;
    }

    public boolean armed() {
        Waiting current = waiting.get();
        return current != null && !current.over(System.nanoTime());
    }

    /** The sink for the readers: the waiting consumer if there is one, else {@code checkIn}. */
    public Function<CardRead, CheckInOutcome> routing(Function<CardRead, CheckInOutcome> checkIn) {
        Objects.requireNonNull(checkIn, "checkIn");
        return read -> {
            Waiting current = waiting.getAndSet(null);
            if (current == null || current.over(read.readNanos())) {
                return checkIn.apply(read);
            }
            current.consumer().accept(read);
            return new CheckInOutcome.CapturedForEnrolment(read.primaryKey(), read.readNanos());
        };
    }
}
