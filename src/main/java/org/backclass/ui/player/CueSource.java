package org.backclass.ui.player;

import java.util.List;

/**
 * Coaching cues for the player's cue line, looked up by exercise id (for education steps by
 * topic id). The player rotates through them while a step runs. Implementations are read on
 * the FX thread and must not block; an empty list shows no cue.
 */
@FunctionalInterface
public interface CueSource {

    /** No cues for anything. */
    CueSource NONE = id -> List.of();

    /** The cues for an exercise (or education topic), in the order they are shown; never null. */
    List<String> cuesFor(String id);
}
