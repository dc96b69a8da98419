package org.backclass.domain.progress;

/** What the instructor made of a progression proposal. */
public enum LevelDecision {
    /** The proposal stands: the member goes to the proposed level. */
    CONFIRMED,
    /** The instructor chose another level than the proposed one. */
    CHANGED,
    /** The proposal is turned down: the member stays where they are. */
    REJECTED
}
