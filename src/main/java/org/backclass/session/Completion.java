package org.backclass.session;

/** How much of an exercise the group did. */
public enum Completion {
    /** Every work step ran to its end. */
    COMPLETED,
    /** Some work steps ran to their end, others were skipped or never reached. */
    PARTIAL,
    /** No work step ran to its end. */
    SKIPPED
}
