package org.backclass.session;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the runner needs to lead one class: a title, the planned items in order and the
 * checked-in participants. Built by a mapper from a configured programme; immutable.
 */
public record SessionPlan(String title, List<PlannedItem> items, List<Participant> participants) {

    public SessionPlan {
        Objects.requireNonNull(title, "title");
        items = List.copyOf(items);
        participants = List.copyOf(participants);
        Set<Object> seen = new HashSet<>();
        for (Participant p : participants) {
            if (!seen.add(p.memberId())) {
                throw new IllegalArgumentException("participant listed twice: " + p.memberId());
            }
        }
    }
}
