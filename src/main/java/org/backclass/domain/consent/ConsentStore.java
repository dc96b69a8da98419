package org.backclass.domain.consent;

import java.util.UUID;

/**
 * Storage port for health-data consent. Blocking; safe from any thread except the FX thread.
 */
public interface ConsentStore {

    /** The member's current state: from the newest decision, or {@link ConsentState#NOT_ASKED}. */
    ConsentState current(UUID memberId);

    /** Records a decision (this kiosk, now); takes effect at once for every later question. */
    HealthConsent record(UUID memberId, boolean given, HealthConsent.RecordedBy by);
}
