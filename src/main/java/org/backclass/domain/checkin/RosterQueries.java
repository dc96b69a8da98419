package org.backclass.domain.checkin;

import java.util.List;
import java.util.UUID;

/** Read port for the instructor's roster. Blocking; never call on the FX thread. */
public interface RosterQueries {

    /** Who checked in for the class, in tap order, with their check-in pain answer. */
    List<RosterEntry> roster(UUID classSessionId);
}
