package org.backclass.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down guessing tokens: after {@value #FREE_FAILURES} rejected tokens from one address
 * within {@link #WINDOW}, that address is refused without a token check for a pause that starts at
 * one second and doubles with every further failure, up to {@link #MAX_PAUSE}. A valid token
 * from the address forgets its failures. Thread-safe (one entry per address, updated atomically).
 */
final class FailedTokenLimiter {

    static final int FREE_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final Duration FIRST_PAUSE = Duration.ofSeconds(1);
    static final Duration MAX_PAUSE = Duration.ofMinutes(1);
    /** Addresses remembered at most; a flood of new addresses cannot grow memory without end. */
    private static final int MAX_ADDRESSES = 10_000;

    /** Failures since {@code since}; the address is refused until {@code pausedUntil}. */
    private record Failures(Instant since, int count, Instant pausedUntil) {
    }

    private final Clock clock;
    private final ConcurrentMap<String, Failures> byAddress = new ConcurrentHashMap<>();

    FailedTokenLimiter(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** @throws ApiProblem 429 with {@code Retry-After} while the address must wait */
    void checkAllowed(String address) {
        Failures f = byAddress.get(address);
        Instant now = clock.instant();
        if (f != null && f.pausedUntil() != null && now.isBefore(f.pausedUntil())) {
            long seconds = Math.max(1, Duration.between(now, f.pausedUntil()).toSeconds());
            throw ApiProblem.tooManyRequests("too many wrong tokens from this address; try again in " + seconds
                    + " s", seconds);
        }
    }

    /** A token from the address was rejected. */
    void failed(String address) {
        Instant now = clock.instant();
        if (byAddress.size() >= MAX_ADDRESSES && !byAddress.containsKey(address)) {
            byAddress.clear(); // crude, but bounded: forgetting slows nobody down wrongly
        }
        byAddress.compute(address, (a, f) -> {
            if (f == null || Duration.between(f.since(), now).compareTo(WINDOW) > 0 && !paused(f, now)) {
                return new Failures(now, 1, null);
            }
            int count = f.count() + 1;
            if (count <= FREE_FAILURES) {
                return new Failures(f.since(), count, null);
            }
            Duration pause = FIRST_PAUSE.multipliedBy(1L << Math.min(count - FREE_FAILURES - 1, 6));
            return new Failures(f.since(), count, now.plus(pause.compareTo(MAX_PAUSE) > 0 ? MAX_PAUSE : pause));
        });
    }

    private static boolean paused(Failures f, Instant now) {
        return f.pausedUntil() != null && Duration.between(f.pausedUntil(), now).compareTo(WINDOW) < 0;
    }

    /** A valid token from the address: its failures are forgotten. */
    void succeeded(String address) {
        byAddress.remove(address);
    }
}
