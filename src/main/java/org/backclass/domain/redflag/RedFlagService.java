package org.backclass.domain.redflag;

import java.util.Objects;
import java.util.UUID;
import org.backclass.domain.event.KioskEvents;

/**
 * The red-flag check at tap-in (new numbness in the saddle area, new bladder or bowel problems,
 * progressive leg weakness, fever with back pain, unexplained weight loss, constant night pain,
 * a recent fall or injury): asked at the first visit and then every few weeks (see
 * {@code CheckInPolicy#redFlagEvery()}). A "yes" never blocks the check-in; it is stored and the
 * instructor alerted at once. Thread-safe; blocking.
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
}
