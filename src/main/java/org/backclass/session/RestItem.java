package org.backclass.session;

import java.time.Duration;
import java.util.Objects;

/** A planned rest of fixed length (for example a drink break between blocks). */
public record RestItem(Duration duration) implements PlannedItem {

    public RestItem {
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("rest duration must not be negative: " + duration);
        }
    }
}
