package org.backclass.domain.consent;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A member's decision about their health data (pain scores, red-flag answers): given or
 * withdrawn/refused, when, on which kiosk and by whom. The newest decision is the one that counts.
 */
public record HealthConsent(UUID memberId, boolean given, Instant recordedAt, String kioskId, RecordedBy recordedBy) {

    /** Who recorded the decision: the member on the kiosk, or staff for them. */
    public enum RecordedBy { MEMBER, STAFF }

    public HealthConsent {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(kioskId, "kioskId");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
