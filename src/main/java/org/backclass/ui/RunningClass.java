package org.backclass.ui;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.backclass.domain.progress.ClassResults;
import org.backclass.session.ClassSummary;
import org.backclass.session.SessionResults;

/**
 * A class (or a member's own routine) being led, and how far it got, so that its record is stored
 * exactly once: when it ends, or — if the kiosk is stopped in the middle — from the last step it
 * reached.
 *
 * <p>Threading: {@link #progressed} is called on the FX thread; {@link #store} and
 * {@link #storeLatest} block on the database and are called off it (the background executor or
 * the shutdown thread). Whichever store comes first wins; the other does nothing.
 */
final class RunningClass {

    private final UUID sessionId;
    private final AtomicReference<ClassSummary> latest = new AtomicReference<>();
    private final AtomicBoolean stored = new AtomicBoolean();

    /** @param sessionId the class session; null for an individual routine */
    RunningClass(UUID sessionId) {
        this.sessionId = sessionId;
    }

    UUID sessionId() {
        return sessionId;
    }

    @Override
    public String toString() {
        return sessionId == null ? "an individual routine" : "class session " + sessionId;
    }

    /** The record as it would read if the class ended now. */
    void progressed(ClassSummary soFar) {
        latest.set(soFar);
    }

    /**
     * Stores the record unless it was stored already: closes the class session with what each
     * member did, or records the routine.
     *
     * @return false when there was nothing to do
     */
    boolean store(ClassResults results, Instant at, ClassSummary summary) {
        if (summary == null || !stored.compareAndSet(false, true)) {
            return false;
        }
        var performed = SessionResults.performed(summary);
        if (sessionId != null) {
            results.closeSession(sessionId, at, performed);
        } else {
            results.recordRoutine(at, performed);
        }
        return true;
    }

    /** Stores the last progress seen, for a class cut short by the kiosk stopping. */
    boolean storeLatest(ClassResults results, Instant at) {
        return store(results, at, latest.get());
    }
}
