package org.backclass.ui.checkin;

/**
 * Where the questions stand. CONSENT: asking whether the kiosk may keep health answers (a
 * member never asked before); RED_FLAGS: the red-flag check (first visit, then every few
 * weeks), RED_FLAG_STOP: "please speak to your instructor"; NO_QUESTIONS: no consent,
 * attendance only. SKIPPED only when a routine is offered (else skip leaves). PROGRESS_CHECK:
 * the progress check after today's pain, when one is due ({@link ProgressCheckViewModel}).
 */
public enum PainState {
    CONSENT, SAVING_CONSENT, RED_FLAGS, SAVING_RED_FLAGS, RED_FLAG_STOP, ASKING, SAVING, THANKS, FAILED, SKIPPED,
    NO_QUESTIONS, PROGRESS_CHECK
}
