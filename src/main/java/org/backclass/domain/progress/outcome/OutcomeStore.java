package org.backclass.domain.progress.outcome;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Storage port for progress checks. Blocking; never call on the FX thread. Thread-safe. */
public interface OutcomeStore {

    /**
     * Stores an answered check durably, unless the member already has an answer for that
     * timepoint (checked in the same statement as the insert).
     *
     * @return true if stored; false if that timepoint was answered before (nothing stored)
     * @throws org.backclass.domain.consent.NoConsentException when the member's current consent
     *         decision is not "given" (checked atomically with the insert); nothing is stored
     */
    boolean add(OutcomeAnswer answer);

    /** Records that the member put this check off ("Not now") at {@code at}. Not health data. */
    void notNow(UUID memberId, Timepoint timepoint, Instant at);

    /** The member's course start, answers and "Not now" taps, read in one unit of work. */
    OutcomeHistory history(UUID memberId);

    /**
     * The member's answered checks, oldest first; empty for an unknown member. Health data: callers
     * that show it to anyone but the member on their own screen withhold it without consent.
     */
    List<OutcomeAnswer> answers(UUID memberId);
}
