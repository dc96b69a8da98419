package org.backclass.session;

import org.backclass.domain.programme.Section;
import java.util.List;
import java.util.Objects;

/**
 * The exercise a step belongs to: catalogue id, display name, section, the group level that
 * times it, the group dose and every participant's own level and dose.
 *
 * @param itemIndex index of the exercise in {@link SessionPlan#items()}
 */
public record ExerciseRef(int itemIndex, String exerciseId, String name, Section section, int groupLevel,
        Dose groupDose, List<ParticipantDose> participants) {

    public ExerciseRef {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(groupDose, "groupDose");
        participants = List.copyOf(participants);
    }
}
