package org.backclass.ui.player;

import javafx.scene.image.Image;

/**
 * The still image that demonstrates one exercise at one level (the poster frame of its demo
 * clip, {@code media/<demo>.png}). Called on the FX thread whenever the shown exercise or level
 * changes; implementations should cache and must not block for long.
 */
@FunctionalInterface
public interface PosterSource {

    /** Shows the calm placeholder for everything. */
    PosterSource NONE = (exerciseId, level) -> null;

    /** The poster, or null when there is none (the view then shows a placeholder). */
    Image posterFor(String exerciseId, int level);
}
