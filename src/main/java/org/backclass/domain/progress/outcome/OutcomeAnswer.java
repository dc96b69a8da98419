package org.backclass.domain.progress.outcome;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One answered progress check: the member's back pain on average over the past week (NRS 0–10)
 * and three activities of the Patient-Specific Functional Scale. Health data.
 */
public record OutcomeAnswer(UUID id, UUID memberId, Timepoint timepoint, Instant answeredAt, int pain,
        List<ActivityRating> activities) {

    /** The scale's activities per check. */
    public static final int ACTIVITIES = 3;

    public OutcomeAnswer {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(timepoint, "timepoint");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (pain < 0 || pain > 10) {
            throw new IllegalArgumentException("pain is rated 0-10, was " + pain);
        }
        activities = List.copyOf(activities);
        if (activities.size() != ACTIVITIES) {
            throw new IllegalArgumentException("a progress check rates " + ACTIVITIES + " activities, not "
                    + activities.size());
        }
    }

    /** The activities' names, in the order they were rated. */
    public List<String> activityNames() {
        return activities.stream().map(ActivityRating::activity).toList();
    }

    /** The Patient-Specific Functional Scale score: the mean of the three ratings. */
    public double functionScore() {
        return activities.stream().mapToInt(ActivityRating::score).average().orElseThrow();
    }
}
