package org.backclass.domain.checkin;

import java.time.Instant;
import java.util.UUID;

/**
 * One member checked in for a class, as the instructor's roster shows them: first name and
 * initial, when they tapped in, the 0–10 they gave for their back at check-in (null when they
 * skipped the question or gave no consent), and their previous check-in answer (null if none),
 * for the change since last time.
 */
public record RosterEntry(UUID memberId, String shortName, Instant checkedInAt, Integer painAtCheckIn,
        Integer previousPain) {

    /** Today's pain minus the previous answer; null unless both are known. */
    public Integer painChange() {
        return painAtCheckIn == null || previousPain == null ? null : painAtCheckIn - previousPain;
    }
}
