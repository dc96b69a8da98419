package org.backclass.session;

/** The side a work step trains; {@code BOTH} for exercises that are not done per side. */
public enum Side {
    BOTH, LEFT, RIGHT
}
