package org.backclass.domain.exercise;

/** The three groups of muscles that support the spine; a routine should train all three. */
public enum MuscleGroup {
    /** Back muscles and glutes: straighten the back, lift, extend the hip. */
    EXTENSORS,
    /** Abdominals and iliopsoas: support the spine from the front, control the lumbar arch. */
    FLEXORS,
    /** Obliques and rotators along the sides: steady the upright trunk and turn it. */
    OBLIQUES
}
