package org.backclass.domain.progress.adherence;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Read port for adherence: the member's visits and expected sessions turned into
 * {@link Adherence} by {@link AdherenceCalculator} under the implementation's
 * {@link AdherencePlan}. Blocking (it reads the database); never call on the FX thread.
 * Thread-safe.
 */
public interface AdherenceQueries {

    /**
     * The member's adherence as of {@code today}: visits after today are ignored, and only
     * expected sessions before today are judged. An unknown member, or one who has never
     * come, gets {@link Adherence#none}.
     */
    Adherence forMember(UUID memberId, LocalDate today);

    /**
     * {@link #forMember} for each member, e.g. everyone on a roster, read in one unit of work.
     * Every requested id is a key of the result, in the order given.
     */
    Map<UUID, Adherence> forMembers(Collection<UUID> memberIds, LocalDate today);
}
