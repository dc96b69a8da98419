package org.backclass.ui.player;

/** What the player screen shows overall. A class that was ended early counts as finished. */
public enum PlayerState {
    NOT_STARTED, RUNNING, PAUSED, FINISHED
}
