package org.backclass.domain.progress.progression;

/**
 * Why the engine proposed what it did. The constant names are stable codes: screens translate
 * them and the API passes them on, so a code is never renamed, only added. Each reason belongs to
 * exactly one kind of proposal.
 */
public enum Reason {
    /** A red-flag answer is open: nothing changes until the instructor has spoken with the member. */
    RED_FLAG_OPEN(Proposal.Kind.HOLD),
    /** Pain during or after the exercise was red. */
    PAIN_RED(Proposal.Kind.REGRESS),
    /** The back was worse the next morning than before the session. */
    NEXT_MORNING_WORSE(Proposal.Kind.REGRESS),
    /** Neither the pain during nor the pain after the exercise is known. */
    NO_PAIN_ANSWER(Proposal.Kind.HOLD),
    /** Pain was amber and the next morning is not known yet. */
    PAIN_AMBER_WAIT_FOR_MORNING(Proposal.Kind.HOLD),
    /** The exercise was skipped this session. */
    EXERCISE_SKIPPED(Proposal.Kind.HOLD),
    /** The prescribed dose was only partly done. */
    DOSE_NOT_COMPLETED(Proposal.Kind.HOLD),
    /** Effort was above the site's limit for progressing. */
    EFFORT_TOO_HIGH(Proposal.Kind.HOLD),
    /** Not enough sessions at this level yet. */
    TOO_FEW_SESSIONS(Proposal.Kind.HOLD),
    /** Pain stayed green, the dose was done at an acceptable effort, after enough sessions. */
    GREEN_AND_ROUTINE(Proposal.Kind.PROGRESS),
    /** As {@link #GREEN_AND_ROUTINE}, but pain was amber and had settled by the next morning. */
    PAIN_AMBER_SETTLED(Proposal.Kind.PROGRESS),
    /** Everything said progress, but the member is on the hardest level. */
    AT_TOP_LEVEL(Proposal.Kind.HOLD),
    /** Something said go easier, but the member is on the easiest level. */
    AT_BOTTOM_LEVEL(Proposal.Kind.HOLD);

    private final Proposal.Kind kind;

    Reason(Proposal.Kind kind) {
        this.kind = kind;
    }

    /** The kind of proposal this reason leads to. */
    public Proposal.Kind kind() {
        return kind;
    }
}
