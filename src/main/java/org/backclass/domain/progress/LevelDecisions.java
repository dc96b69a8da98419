package org.backclass.domain.progress;

import java.util.List;
import java.util.UUID;

/**
 * Storage port for the instructor's decisions on progression proposals, which are also every
 * member's level history. A decision that {@linkplain LevelChange#movesLevel() moves the level}
 * counts towards {@link ClassResults#currentLevels}, newest first together with the exercise
 * records. Each call is one unit of work; implementations are thread-safe and block on I/O, so
 * never call them on the FX thread.
 */
public interface LevelDecisions {

    /** How many decisions {@link #historyOf} returns at most, newest first. */
    int HISTORY_LIMIT = 500;

    /**
     * Stores one decision durably.
     *
     * @return false when this member's exercise in this class session has been decided already
     *         (on this kiosk or another); nothing is stored then, and the first decision stands
     */
    boolean record(LevelChange change);

    /** The decisions on one class session's proposals, in the order they were made. */
    List<LevelChange> forSession(UUID classSessionId);

    /**
     * A member's level history: every decision with who made it, when and why, newest first, at
     * most {@link #HISTORY_LIMIT}. Reason codes can reveal pain answers (e.g. red pain), so a
     * screen or route that shows them to anyone but the instructor applies the member's consent.
     */
    List<LevelChange> historyOf(UUID memberId);
}
