package org.backclass.domain.programme;

import java.time.Duration;
import java.util.Objects;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.exercise.LocalizedText;

/** One step of a programme: an exercise, a rest, or a short education moment. */
public sealed interface ProgrammeItem {

    /** Longest rest or talk in one item; anything longer is most likely a typing slip. */
    Duration MAX_ITEM = Duration.ofMinutes(15);

    /**
     * An exercise in one section of the session.
     *
     * @param fixedLevel the level everyone does (warm-ups, cool-downs), or {@code null} when each
     *                   member works at their own level
     */
    record ExerciseBlock(Section section, String exerciseId, Integer fixedLevel) implements ProgrammeItem {
        public ExerciseBlock {
            Objects.requireNonNull(section, "section");
            Objects.requireNonNull(exerciseId, "exerciseId");
            if (fixedLevel != null && (fixedLevel < 1 || fixedLevel > Exercise.MAX_LEVELS)) {
                throw new IllegalArgumentException("level must be 1.." + Exercise.MAX_LEVELS);
            }
        }
    }

    /** A pause between blocks: drink, breathe, change station. */
    record Rest(Duration duration) implements ProgrammeItem {
        public Rest {
            checkLength(duration);
        }
    }

    /**
     * A short talk or screen of text, e.g. "pain is an alarm, not damage".
     *
     * @param topicId stable id so the kiosk can reuse the same topic as an idle-screen tip
     */
    record Education(String topicId, LocalizedText title, LocalizedText body, Duration duration)
            implements ProgrammeItem {
        public Education {
            Objects.requireNonNull(topicId, "topicId");
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(body, "body");
            checkLength(duration);
        }
    }

    private static void checkLength(Duration duration) {
        if (duration == null || duration.isNegative() || duration.isZero() || duration.compareTo(MAX_ITEM) > 0) {
            throw new IllegalArgumentException("duration must be 1 s .. " + MAX_ITEM.toMinutes() + " min");
        }
    }
}
