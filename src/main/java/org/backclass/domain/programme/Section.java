package org.backclass.domain.programme;

/** Where in a session an exercise sits. */
public enum Section { WARM_UP, MAIN, COOL_DOWN }
