package org.backclass.ui.instructor;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backclass.domain.checkin.RosterEntry;
import org.backclass.domain.progress.adherence.Adherence;
import org.backclass.domain.timetable.ClassSession;

/**
 * One of today's classes on the instructor screen, with who tapped in and the level each of them
 * last worked at per exercise; startable when it has a known programme.
 */
public record TodaysClass(ClassSession session, String startTime, List<RosterEntry> roster,
        Map<UUID, Map<String, Integer>> levels, Map<UUID, Adherence> adherence, java.util.Set<UUID> openRedFlags,
        boolean startable) {

    public TodaysClass {
        roster = List.copyOf(roster);
        levels = Map.copyOf(levels);
        adherence = Map.copyOf(adherence);
        openRedFlags = java.util.Set.copyOf(openRedFlags);
    }

    /** The member's adherence, when the kiosk tracks it. */
    public java.util.Optional<Adherence> adherenceOf(UUID memberId) {
        return java.util.Optional.ofNullable(adherence.get(memberId));
    }

    /** The member's level per exercise id; empty when they have none yet. */
    public Map<String, Integer> levelsOf(UUID memberId) {
        return levels.getOrDefault(memberId, Map.of());
    }
}
