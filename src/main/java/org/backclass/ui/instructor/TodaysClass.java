package org.backclass.ui.instructor;

import java.util.List;
import org.backclass.domain.checkin.RosterEntry;
import org.backclass.domain.timetable.ClassSession;

/** One of today's classes on the instructor screen, with who tapped in; startable when it has a known programme. */
public record TodaysClass(ClassSession session, String startTime, List<RosterEntry> roster, boolean startable) {

    public TodaysClass {
        roster = List.copyOf(roster);
    }
}
