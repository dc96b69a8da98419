package org.backclass.session;

import java.time.Duration;
import java.util.Objects;

/** A short education moment ("pain is an alarm, not damage") shown for a fixed time. */
public record EducationItem(Topic topic, Duration duration) implements PlannedItem {

    public EducationItem {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(duration, "duration");
        if (duration.isNegative()) {
            throw new IllegalArgumentException("education duration must not be negative: " + duration);
        }
    }

    /** A topic known by id only (the screen shows a generic headline). */
    public EducationItem(String topicId, Duration duration) {
        this(new Topic(topicId, "", ""), duration);
    }

    public String topicId() {
        return topic.id();
    }
}
