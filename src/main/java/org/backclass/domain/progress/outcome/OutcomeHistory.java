package org.backclass.domain.progress.outcome;

import java.time.LocalDate;
import java.util.List;

/**
 * What the schedule needs to know about one member.
 *
 * @param courseStart the day of their first check-in (kiosk zone), or null if they never came
 * @param answers     their answered checks, any order
 * @param notNow      their "Not now" taps, any order
 */
public record OutcomeHistory(LocalDate courseStart, List<OutcomeAnswer> answers, List<NotNow> notNow) {

    public OutcomeHistory {
        answers = List.copyOf(answers);
        notNow = List.copyOf(notNow);
    }

    /** A member who has never checked in. */
    public static OutcomeHistory none() {
        return new OutcomeHistory(null, List.of(), List.of());
    }
}
