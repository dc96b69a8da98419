package org.backclass.domain.redflag;

import java.util.UUID;

/**
 * A member answered "yes" to the red-flag check: they are asked to speak to the instructor before
 * exercising, and the instructor is alerted (roster, buzzer/LED). Published after the answer is
 * stored. {@code shortName} only: the event may reach shared screens.
 */
public record RedFlagRaised(UUID memberId, String shortName) implements RedFlagChange {
}
