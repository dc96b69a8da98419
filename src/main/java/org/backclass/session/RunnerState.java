package org.backclass.session;

/** Lifecycle of a {@link ClassRunner}. FINISHED and ENDED_EARLY are final. */
public enum RunnerState {
    NOT_STARTED, RUNNING, PAUSED,
    /** The last step ran out, or {@code next} was pressed on it. */
    FINISHED,
    /** The instructor ended the class before its last step. */
    ENDED_EARLY;

    public boolean isOver() {
        return this == FINISHED || this == ENDED_EARLY;
    }

    /** Running or paused: the class has a current step that commands can act on. */
    public boolean isInClass() {
        return this == RUNNING || this == PAUSED;
    }
}
