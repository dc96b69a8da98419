package org.backclass.domain.checkin;

import java.time.Duration;
import java.util.Objects;

/**
 * When a tap counts for a class: from {@code before} the start until {@code after} it; a
 * second tap of the same card within {@code repeatIgnore} is a card left on the reader. The
 * red-flag check is due at the first visit and then once {@code redFlagEvery} has passed.
 */
public record CheckInPolicy(Duration before, Duration after, Duration repeatIgnore, Duration redFlagEvery) {

    /** Every four weeks, as a default a site may change. */
    public static final Duration RED_FLAG_EVERY = Duration.ofDays(28);

    public static final CheckInPolicy DEFAULT =
            new CheckInPolicy(Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofSeconds(3));

    /** With the default red-flag interval. */
    public CheckInPolicy(Duration before, Duration after, Duration repeatIgnore) {
        this(before, after, repeatIgnore, RED_FLAG_EVERY);
    }

    public CheckInPolicy {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(repeatIgnore, "repeatIgnore");
        Objects.requireNonNull(redFlagEvery, "redFlagEvery");
        if (before.isNegative() || after.isNegative() || repeatIgnore.isNegative()) {
            throw new IllegalArgumentException("check-in windows cannot be negative");
        }
    }
}
