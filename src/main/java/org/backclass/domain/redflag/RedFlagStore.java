package org.backclass.domain.redflag;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** Storage port for red-flag checks. Blocking; never call on the FX thread. */
public interface RedFlagStore {

    /**
     * Stores one check's answer.
     *
     * @throws org.backclass.domain.consent.NoConsentException when the member has not consented
     *         to health data (checked atomically with the insert); nothing is stored
     */
    void record(UUID memberId, UUID attendanceId, boolean anyYes);

    /** The members among these with a "yes" no instructor has resolved yet. */
    Set<UUID> openFor(Collection<UUID> memberIds);
}
