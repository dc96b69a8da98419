package org.backclass.domain.progress.outcome;

/** Where one progress check stands for a member on a given day; see {@link OutcomeSchedule}. */
public enum TimepointStatus {
    /** Its window has not opened yet. */
    UPCOMING,
    /** Its window is open and it has not been answered. */
    OPEN,
    ANSWERED,
    /** Its window closed unanswered, or a later check was answered: it is not asked any more. */
    MISSED
}
