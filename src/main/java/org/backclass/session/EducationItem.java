package org.backclass.session;

import java.time.Duration;
import java.util.Objects;

/**
 * A short education moment ("pain is an alarm, not harm") shown for a fixed time; the screen
 * looks the text up by {@code topicId}.
 */
public record EducationItem(String topicId, Duration duration) implements PlannedItem {

    public EducationItem {
        Objects.requireNonNull(topicId, "topicId");
        Objects.requireNonNull(duration, "duration");
        if (topicId.isBlank()) {
            throw new IllegalArgumentException("topicId must not be blank");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException("education duration must not be negative: " + duration);
        }
    }
}
