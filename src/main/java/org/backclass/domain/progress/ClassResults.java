package org.backclass.domain.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Storage port for the end of a class. Blocking; never call on the FX thread.
 */
public interface ClassResults {

    /**
     * Closes the class session (taps after this no longer count for it) and records what each
     * member did, in one transaction. Closing again adds nothing and keeps the first records.
     *
     * @return false when the session was already closed
     */
    boolean closeSession(UUID classSessionId, Instant closedAt, List<ExercisePerformed> performed);

    /** Records an individual routine (no class session), e.g. "start my routine". */
    void recordRoutine(Instant at, List<ExercisePerformed> performed);

    /**
     * The level the member starts at next, per exercise id: the newest of the exercise's records
     * that were not skipped and the instructor's decisions that moved its level
     * ({@link LevelDecisions}, {@link LevelChange#movesLevel()}). Empty for a member with no
     * records or decisions yet.
     */
    Map<String, Integer> currentLevels(UUID memberId);
}
