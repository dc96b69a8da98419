package org.backclass.domain.progress;

/** How much of an exercise's prescribed work was done. */
public enum Completion {
    /** Every work step ran to its end. */
    COMPLETED,
    /** Some work steps ran to their end, others were skipped or never reached. */
    PARTIAL,
    /** No work step ran to its end. */
    SKIPPED
}
