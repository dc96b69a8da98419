package org.backclass.session;

/** The instructor's commands (touch, physical button or presenter clicker). */
public enum Command {
    START, PAUSE, RESUME, NEXT, PREVIOUS, EXTEND, END_EARLY
}
