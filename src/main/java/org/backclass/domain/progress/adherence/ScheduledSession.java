package org.backclass.domain.progress.adherence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A class session of one of the member's own weekly slots: one they were expected at. */
public record ScheduledSession(UUID sessionId, LocalDate day, Instant startsAt) {

    public ScheduledSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(startsAt, "startsAt");
    }
}
