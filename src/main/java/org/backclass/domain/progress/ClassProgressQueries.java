package org.backclass.domain.progress;

import java.util.Optional;
import java.util.UUID;

/**
 * Read-side storage port for one class session's progress: who came, their pain and effort
 * answers and the exercises they did, for staff screens and the API. Each call is one unit of
 * work (one consistent read); implementations are thread-safe and block on I/O, so never call
 * them on the FX thread.
 */
public interface ClassProgressQueries {

    /**
     * The session with one entry per attendance row. Health answers (pain, effort) are included
     * only for members whose consent is currently given; otherwise
     * {@link ClassProgress.Attendee#healthDataWithheld()} is true.
     *
     * @return empty when there is no such class session, or it was deleted
     */
    Optional<ClassProgress> forSession(UUID sessionId);
}
