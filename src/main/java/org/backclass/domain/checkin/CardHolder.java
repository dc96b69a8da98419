package org.backclass.domain.checkin;

import java.util.UUID;
import org.backclass.domain.consent.ConsentState;
import org.backclass.domain.member.MemberName;

/**
 * The member behind a valid card, as the check-in needs them; a staff card unlocks instructor
 * mode; {@code healthConsent} decides whether the kiosk asks about their back.
 */
public record CardHolder(UUID memberId, UUID cardId, MemberName name, boolean staff, ConsentState healthConsent,
        java.time.Instant lastRedFlagCheck) {
}
