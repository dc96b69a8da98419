package org.backclass.domain.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.event.KioskEvents;

/**
 * "The next tap on the kiosk enrols", asked for from the staff page: one request at a time
 * takes the next card read for up to a timeout, and the page polls for its outcome by id.
 * The read is only reported here; enrolling it is a separate, ordinary enrolment.
 *
 * <p>Thread-safe: requests and polls come from Jetty workers, the read from a reader thread.
 */
public final class CardCaptureRequests {

    public static final Duration TIMEOUT = Duration.ofSeconds(60);
    /** Finished requests are kept this many at most, so a late poll still gets its answer. */
    private static final int KEPT = 16;

    /** Where a request stands. */
    public sealed interface State {
        /** Still waiting for a tap until {@code expiresAt}. */
        record Waiting(Instant expiresAt) implements State {
        }

        /** A card was tapped; {@code key} is what enrolling it would store. */
        record Captured(CardKey key) implements State {
        }

        /** A card was tapped but the reader gave only part of its number: it cannot be enrolled. */
        record Unreadable() implements State {
        }

        /** No card within the timeout. */
        record Expired() implements State {
        }

        /** A screen on the kiosk took the reader over (enrolment or after-class questions there). */
        record Cancelled() implements State {
        }
    }

    /** An accepted request: poll {@link #state} with {@code id}. */
    public record Started(UUID id, Instant expiresAt) {
    }

    private final class Request implements Consumer<CardRead> {
        final Instant expiresAt;
        final long deadlineNanos;
        volatile State outcome;

        Request(Instant expiresAt, long deadlineNanos) {
            this.expiresAt = expiresAt;
            this.deadlineNanos = deadlineNanos;
        }

        @Override
        public void accept(CardRead read) {
            outcome = read.canonicalKey().<State>map(State.Captured::new).orElseGet(State.Unreadable::new);
            events.publish(new CardReadForDesk(outcome instanceof State.Captured));
        }
    }

    private final CardCapture capture;
    private final KioskEvents events;
    private final Clock clock;
    private final Duration timeout;
    private final LongSupplier nanoTime;
    private final Map<UUID, Request> requests = new LinkedHashMap<>();

    /** @param events where a captured tap is announced, so the kiosk can tell the person at the reader */
    public CardCaptureRequests(CardCapture capture, KioskEvents events, Clock clock) {
        this(capture, events, clock, TIMEOUT, System::nanoTime);
    }

    /** @param nanoTime the {@link System#nanoTime()} scale of card reads; tests move it on */
    public CardCaptureRequests(CardCapture capture, KioskEvents events, Clock clock, Duration timeout,
            LongSupplier nanoTime) {
        this.capture = Objects.requireNonNull(capture, "capture");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    }

    /** Takes the next tap, or answers empty when the kiosk already waits for one. */
    public synchronized Optional<Started> start() {
        requests.values().forEach(this::expireIfOverdue);
        Request request = new Request(clock.instant().plus(timeout), nanoTime.getAsLong() + timeout.toNanos());
        if (!capture.armUntil(request, request.deadlineNanos)) {
            return Optional.empty();
        }
        UUID id = UUID.randomUUID();
        requests.put(id, request);
        if (requests.size() > KEPT) {
            requests.remove(requests.keySet().iterator().next());
        }
        return Optional.of(new Started(id, request.expiresAt));
    }

    /** Where request {@code id} stands; empty for an id this kiosk never gave out (or long forgotten). */
    public synchronized Optional<State> state(UUID id) {
        Request request = requests.get(id);
        if (request == null) {
            return Optional.empty();
        }
        expireIfOverdue(request);
        if (request.outcome == null && capture.armed() && !capture.waitingFor(request)) {
            // Someone else waits now. (Nobody waiting means our read is being handed over right now.)
            request.outcome = new State.Cancelled();
        }
        return Optional.of(request.outcome == null ? new State.Waiting(request.expiresAt) : request.outcome);
    }

    private void expireIfOverdue(Request request) {
        if (request.outcome == null && nanoTime.getAsLong() - request.deadlineNanos >= 0) {
            capture.disarm(request);
            request.outcome = new State.Expired();
        }
    }
}
