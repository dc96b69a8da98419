package org.backclass.ui.player;

import java.nio.file.Path;

/**
 * The demo clip for one exercise at one level ({@code media/<demo>.mp4}, or a gym's own
 * recording under that name). Called on the FX thread whenever the shown or next-up exercise
 * changes; must not block. The file need not exist: {@link DemoVideo} then keeps the poster.
 */
@FunctionalInterface
public interface VideoSource {

    /** No clips anywhere: the player shows posters only. */
    VideoSource NONE = (exerciseId, level) -> null;

    /** The clip's file, or null when there is none to try. */
    Path videoFor(String exerciseId, int level);
}
