package org.backclass.session;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One step of a {@link Timeline}: immutable and self-describing, so a screen can render it
 * without looking anything else up.
 *
 * @param index      position in the class, 0-based
 * @param kind       work, rest, side switch or education
 * @param planned    planned length (hold seconds, reps × tempo, or the pause/rest/education length)
 * @param exercise   the exercise this step belongs to; empty for plain rests, rests after an
 *                   exercise and education steps (a rest <em>between sets</em> belongs to its exercise)
 * @param set        1-based set number for work, switch and between-set rest steps, else 0
 * @param setCount   the exercise's number of sets, else 0
 * @param side       the side a work step trains ({@link Side#BOTH} when not per side and for non-work steps)
 * @param repTarget  reps to do in a rep work step, else 0
 * @param repTempo   time per repetition in a rep work step, else {@link Duration#ZERO}
 * @param topic      the education topic of an education step, else empty
 */
public record Step(int index, StepKind kind, Duration planned, Optional<ExerciseRef> exercise, int set, int setCount,
        Side side, int repTarget, Duration repTempo, Optional<Topic> topic) {

    public Step {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(planned, "planned");
        Objects.requireNonNull(exercise, "exercise");
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(repTempo, "repTempo");
        Objects.requireNonNull(topic, "topic");
        if (planned.compareTo(Duration.ZERO) <= 0) {
            throw new IllegalArgumentException("a step needs a positive length: " + planned);
        }
    }

    /** The id of an education step's topic, else empty. */
    public Optional<String> topicId() {
        return topic.map(Topic::id);
    }

    /** True for work steps counted in reps (the screen shows a rep counter, not 3-2-1). */
    public boolean isRepWork() {
        return kind == StepKind.WORK && repTarget > 0;
    }

    /** True for steps that count down on screen and give a 3-2-1 warning: everything but rep work. */
    public boolean isCountdown() {
        return !isRepWork();
    }
}
