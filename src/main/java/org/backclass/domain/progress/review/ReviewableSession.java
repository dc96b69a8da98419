package org.backclass.domain.progress.review;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A closed class session whose progression proposals the instructor can review.
 *
 * @param programmeId the programme the class followed, or null for a class made by hand
 */
public record ReviewableSession(UUID sessionId, String className, Instant startsAt, Instant closedAt,
        String programmeId) {

    public ReviewableSession {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(closedAt, "closedAt");
    }
}
