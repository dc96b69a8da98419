package org.backclass.domain.progress.outcome;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The progress check at tap-in: pain NRS and the Patient-Specific Functional Scale at baseline,
 * end of course and 3, 6 and 12 months (when, see {@link OutcomeSchedule}). Only free-to-use
 * measures; licensed questionnaires are deliberately not asked. Thread-safe; every method
 * blocks on the store, so never call one on the FX thread.
 */
public final class OutcomeService {

    private final OutcomeStore store;
    private final OutcomeSchedule schedule;
    private final Clock clock;

    public OutcomeService(OutcomeStore store, OutcomeSchedule schedule, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.schedule = Objects.requireNonNull(schedule, "schedule");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The check to ask this member now, with the activities to rate again; empty if none is due. */
    public Optional<DueCheck> due(UUID memberId) {
        OutcomeHistory history = store.history(memberId);
        return schedule.due(history, clock.instant(), clock.getZone())
                .map(t -> new DueCheck(t, OutcomeSchedule.activitiesToRate(history)));
    }

    /**
     * Stores the member's answer to the check at {@code timepoint}, answered now.
     *
     * @return the answer, or empty if that timepoint had been answered already (e.g. on another kiosk)
     * @throws org.backclass.domain.consent.NoConsentException without the member's consent
     * @throws IllegalArgumentException for a score outside 0–10, a bad activity name, or not three activities
     */
    public Optional<OutcomeAnswer> answer(UUID memberId, Timepoint timepoint, int pain,
            List<ActivityRating> activities) {
        OutcomeAnswer answer = new OutcomeAnswer(UUID.randomUUID(), memberId, timepoint, clock.instant(), pain,
                activities);
        return store.add(answer) ? Optional.of(answer) : Optional.empty();
    }

    /** "Not now": the check is not asked again today. */
    public void notNow(UUID memberId, Timepoint timepoint) {
        store.notNow(memberId, timepoint, clock.instant());
    }

    /** The member's answered checks, oldest first (see {@link OutcomeStore#answers}). */
    public List<OutcomeAnswer> answers(UUID memberId) {
        return store.answers(memberId);
    }
}
