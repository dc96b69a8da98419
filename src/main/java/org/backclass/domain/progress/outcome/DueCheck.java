package org.backclass.domain.progress.outcome;

import java.util.List;
import java.util.Objects;

/**
 * A progress check to ask now.
 *
 * @param activities the three activities to rate again (those first named), or empty when the
 *                   member names three this time
 */
public record DueCheck(Timepoint timepoint, List<String> activities) {

    public DueCheck {
        Objects.requireNonNull(timepoint, "timepoint");
        activities = List.copyOf(activities);
        if (!activities.isEmpty() && activities.size() != OutcomeAnswer.ACTIVITIES) {
            throw new IllegalArgumentException("a check re-rates " + OutcomeAnswer.ACTIVITIES + " activities");
        }
    }

    /** True when the member chooses the activities (no earlier check named them). */
    public boolean namesActivities() {
        return activities.isEmpty();
    }
}
