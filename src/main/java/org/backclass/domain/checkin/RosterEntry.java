package org.backclass.domain.checkin;

import java.time.Instant;
import java.util.UUID;

/**
 * One member checked in for a class, as the instructor's roster shows them: first name and
 * initial, when they tapped in, and the 0–10 they gave for their back at check-in (null when
 * they skipped the question).
 */
public record RosterEntry(UUID memberId, String shortName, Instant checkedInAt, Integer painAtCheckIn) {
}
