package org.backclass.ui.instructor;

import java.util.Objects;
import org.backclass.domain.checkin.CardCapture;
import org.backclass.domain.member.MemberStore;

/** What enrolling a card on the kiosk needs: the next card read, and the members to give it to. */
public record Enrolment(CardCapture capture, MemberStore members) {

    public Enrolment {
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(members, "members");
    }
}
