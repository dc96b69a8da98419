package org.backclass.ui.feedback;

import java.util.Objects;
import org.backclass.domain.checkin.CardCapture;
import org.backclass.domain.consent.ConsentStore;
import org.backclass.domain.member.MemberStore;
import org.backclass.domain.progress.ClassFeedbackStore;

/** What the after-class questions need: the card taps, who holds a card, consent, and where answers go. */
public record AfterClass(CardCapture capture, MemberStore members, ConsentStore consent, ClassFeedbackStore feedback) {

    public AfterClass {
        Objects.requireNonNull(capture, "capture");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(feedback, "feedback");
    }
}
