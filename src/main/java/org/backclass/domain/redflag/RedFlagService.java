package org.backclass.domain.redflag;

import org.backclass.domain.staff.ActedBy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.backclass.domain.event.KioskEvents;

/**
 * The red-flag check at tap-in (new numbness in the saddle area, new bladder or bowel problems,
 * progressive leg weakness, fever with back pain, unexplained weight loss, constant night pain,
 * a recent fall or injury): asked at the first visit and then every few weeks (see
 * {@code CheckInPolicy#redFlagEvery()}). A "yes" never blocks the check-in; it is stored and the
 * instructor alerted at once, until someone who has spoken to the member clears it.
 * Thread-safe; blocking.
 */
public final class RedFlagService {

    private final RedFlagStore store;
    private final KioskEvents events;

    public RedFlagService(RedFlagStore store, KioskEvents events) {
        this.store = Objects.requireNonNull(store, "store");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** Stores the answer; a "yes" then raises the alert (event published after the commit). */
    public void answer(UUID memberId, UUID attendanceId, String shortName, boolean anyYes) {
        store.record(memberId, attendanceId, anyYes);
        if (anyYes) {
            events.publish(new RedFlagRaised(memberId, shortName));
        }
    }

    /**
     * Clears the member's open red flag (see {@link RedFlagStore#resolve}); when there was one,
     * {@link RedFlagResolved} is published after the commit, so an open roster drops it.
     *
     * @return when it was resolved; empty when nothing was open
     */
    public Optional<Instant> resolve(UUID memberId, ActedBy by) {
        Optional<Instant> resolved = store.resolve(memberId, by);
        resolved.ifPresent(at -> events.publish(new RedFlagResolved(memberId, at, by)));
        return resolved;
    }
}
