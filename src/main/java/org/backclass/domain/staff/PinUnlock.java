package org.backclass.domain.staff;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * Unlocks instructor mode with the PIN, slowing down guessing: after {@value #FREE_ATTEMPTS}
 * wrong PINs in a row the keypad locks for 30 s, and each further wrong PIN doubles the lock,
 * up to 15 minutes. A right PIN resets the count.
 *
 * <p>Not thread-safe: one owner (the FX thread) uses it. Time comes from the given clock so the
 * lockout can be tested without waiting.
 */
public final class PinUnlock {

    public static final int FREE_ATTEMPTS = 3;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);

    /** What a PIN entry led to; {@code retryAfter} is zero unless locked. */
    public record Result(Outcome outcome, Duration retryAfter) {
    }

    public enum Outcome { UNLOCKED, WRONG_PIN, LOCKED_OUT, NO_PIN_CONFIGURED }

    private final PinHash pin;
    private final Supplier<Instant> clock;
    private int wrongInARow;
    private Instant lockedUntil = Instant.MIN;

    /** @param pin null when the site configured no PIN: only a staff card unlocks then */
    public PinUnlock(PinHash pin, Supplier<Instant> clock) {
        this.pin = pin;
        this.clock = clock;
    }

    public Result tryPin(String typed) {
        if (pin == null) {
            return new Result(Outcome.NO_PIN_CONFIGURED, Duration.ZERO);
        }
        Instant now = clock.get();
        if (now.isBefore(lockedUntil)) {
            return new Result(Outcome.LOCKED_OUT, Duration.between(now, lockedUntil));
        }
        if (pin.matches(typed)) {
            wrongInARow = 0;
            return new Result(Outcome.UNLOCKED, Duration.ZERO);
        }
        wrongInARow++;
        if (wrongInARow < FREE_ATTEMPTS) {
            return new Result(Outcome.WRONG_PIN, Duration.ZERO);
        }
        Duration lock = lockFor(wrongInARow - FREE_ATTEMPTS);
        lockedUntil = now.plus(lock);
        return new Result(Outcome.LOCKED_OUT, lock);
    }

    private static Duration lockFor(int extraWrong) {
        Duration lock = FIRST_LOCK;
        for (int i = 0; i < extraWrong && lock.compareTo(LONGEST_LOCK) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }
}
