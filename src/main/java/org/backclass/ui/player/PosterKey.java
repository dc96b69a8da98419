package org.backclass.ui.player;

import java.util.Objects;

/** Which poster the player wants: an exercise at the level that times the group. */
public record PosterKey(String exerciseId, int level) {

    public PosterKey {
        Objects.requireNonNull(exerciseId, "exerciseId");
    }
}
