package org.backclass.session;

/** What a step of the timeline is. */
public enum StepKind {
    /** One set of an exercise on one side (or both): a hold countdown or counted reps. */
    WORK,
    /** Rest between sets, after an exercise, or a planned rest item. */
    REST,
    /** The short pause to change from the left to the right side. */
    SWITCH_SIDES,
    /** An education moment. */
    EDUCATION
}
