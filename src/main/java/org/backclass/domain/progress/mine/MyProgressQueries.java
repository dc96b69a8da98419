package org.backclass.domain.progress.mine;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Read port for a member's own progress view on the kiosk ("my progress"): their current
 * {@link Course}, the days they came, their pain before and after each session, and the level
 * they work at in each exercise. Pain answers are included only while the member's consent is
 * currently given (see {@link MyCourse}).
 *
 * <p>Blocking (it reads the database): never call on the FX thread. Implementations are
 * thread-safe.
 */
public interface MyProgressQueries {

    /**
     * The member's current course as of {@code today} (a local date in the kiosk's zone).
     *
     * @return empty when there is no such member, or the member was erased
     */
    Optional<MyCourse> forMember(UUID memberId, LocalDate today);
}
