package org.backclass.domain.consent;

/** Whether the kiosk may ask and keep a member's health answers. */
public enum ConsentState {
    /** Consent given and not withdrawn: pain and red-flag questions are asked and stored. */
    GIVEN,
    /** Refused or withdrawn: attendance only; the kiosk asks nothing about their back. */
    REFUSED,
    /** Never asked: the kiosk asks once, on the member's own screen, before anything else. */
    NOT_ASKED;

    public boolean given() {
        return this == GIVEN;
    }
}
