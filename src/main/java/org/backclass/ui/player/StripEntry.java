package org.backclass.ui.player;

import java.util.Objects;

/**
 * One participant on the player's level strip: the short name for the shared screen (first
 * name and initial, never a full name) and their own level for the current exercise.
 */
public record StripEntry(String shortName, int level) {

    public StripEntry {
        Objects.requireNonNull(shortName, "shortName");
    }
}
