package org.backclass.domain.exercise;

/** The four kinds of work a balanced back programme combines (DOMAIN.md rule 2). */
public enum Category {
    /** Moving the spine and hips gently through their range, repeated. */
    MOBILITY,
    /** Lengthening a muscle, usually held for seconds. */
    STRETCH,
    /** Stabilisation and strengthening: holding a neutral spine against load. */
    STRENGTH,
    /** Low-impact work that raises heart and breathing rate: walking, cycling. */
    AEROBIC
}
