package org.backclass.session;

/** Where an exercise sits in a class; the screen shows it as a heading. */
public enum Section {
    WARM_UP, MAIN, COOL_DOWN
}
