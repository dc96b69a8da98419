package org.backclass.domain.redflag;

import org.backclass.domain.staff.ActedBy;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
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

    /**
     * Clears the member's open red flag: someone has spoken to them. Every "yes" of theirs not yet
     * resolved gets this moment and resolver, in one transaction, checked and written together so
     * that two kiosks clearing at once resolve it once. Not guarded by consent: it stores no new
     * answer, and a flag on the roster must always be clearable.
     *
     * @return when it was resolved; empty when nothing was open (already cleared, the newest
     *         check was a "no", or no such member), and then nothing changed
     */
    Optional<Instant> resolve(UUID memberId, ActedBy by);
}
