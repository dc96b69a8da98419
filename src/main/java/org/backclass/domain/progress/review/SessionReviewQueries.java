package org.backclass.domain.progress.review;

import java.util.Optional;
import java.util.UUID;

/**
 * Read-side storage port for reviewing a closed class session's progression proposals. Each
 * call is one unit of work (one consistent read); implementations are thread-safe and block on
 * I/O, so never call them on the FX thread.
 */
public interface SessionReviewQueries {

    /**
     * The class session closed most recently (today's last class, or else the last one before)
     * that has exercise records.
     */
    Optional<ReviewableSession> lastClosed();

    /**
     * The facts about one session, for the members who did exercises in it. Health answers are
     * included only for members whose consent is currently given.
     *
     * @return empty when there is no such session, or it is not closed
     */
    Optional<SessionReview> forSession(UUID sessionId);
}
