package org.backclass.domain.progress.outcome;

import java.time.Instant;
import java.util.Objects;

/** The member tapped "Not now" on a due progress check: it is not asked again that day. */
public record NotNow(Timepoint timepoint, Instant at) {

    public NotNow {
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(at, "at");
    }
}
