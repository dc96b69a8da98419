package org.backclass.session;

import org.backclass.domain.progress.Completion;
import org.backclass.domain.programme.Section;
import java.util.List;
import java.util.Objects;

/**
 * What happened to one exercise of the class, for storing each member's progress: who did it
 * at which level and dose ({@link ParticipantDose}), and whether it was completed.
 *
 * @param workStepsCompleted work steps (sets × sides) that ran to their end
 * @param workStepsPlanned   work steps the timeline had for this exercise
 */
public record ExerciseOutcome(String exerciseId, String name, Section section, int groupLevel,
        Completion completion, int workStepsCompleted, int workStepsPlanned, List<ParticipantDose> participants) {

    public ExerciseOutcome {
        Objects.requireNonNull(exerciseId, "exerciseId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(completion, "completion");
        participants = List.copyOf(participants);
    }
}
