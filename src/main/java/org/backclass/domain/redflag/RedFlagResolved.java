package org.backclass.domain.redflag;

import org.backclass.domain.staff.ActedBy;

import java.time.Instant;
import java.util.UUID;

/**
 * An instructor or staff member has spoken to the member and cleared their red flag. Published
 * after the resolution is stored. Carries no health answer: only that the flag is gone.
 */
public record RedFlagResolved(UUID memberId, Instant resolvedAt, ActedBy by) implements RedFlagChange {
}
