package org.backclass.domain.checkin;

import java.time.Duration;
import java.util.Objects;

/**
 * When a tap counts for a class: from {@code before} the start until {@code after} it; a
 * second tap of the same card within {@code repeatIgnore} is a card left on the reader.
 */
public record CheckInPolicy(Duration before, Duration after, Duration repeatIgnore) {

    public static final CheckInPolicy DEFAULT =
            new CheckInPolicy(Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofSeconds(3));

    public CheckInPolicy {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(repeatIgnore, "repeatIgnore");
        if (before.isNegative() || after.isNegative() || repeatIgnore.isNegative()) {
            throw new IllegalArgumentException("check-in windows cannot be negative");
        }
    }
}
