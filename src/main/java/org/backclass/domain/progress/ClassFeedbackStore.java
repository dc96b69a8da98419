package org.backclass.domain.progress;

import java.util.UUID;

/** Storage port for the after-class answers. Blocking; never call on the FX thread. */
public interface ClassFeedbackStore {

    /**
     * Stores a member's pain now (0–10) and effort (Borg CR10, 0–10) after a class or routine.
     *
     * @param classSessionId null for an individual routine
     * @throws org.backclass.domain.consent.NoConsentException when the member has not consented
     *         to health data (checked atomically with the insert); nothing is stored
     * @throws IllegalArgumentException for a score outside 0–10
     */
    void record(UUID memberId, UUID classSessionId, int painNow, int effort);
}
