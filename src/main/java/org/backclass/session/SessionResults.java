package org.backclass.session;

import java.util.ArrayList;
import java.util.List;
import org.backclass.domain.progress.ExercisePerformed;

/** What a finished class means for each member: one record per member and exercise. */
public final class SessionResults {

    private SessionResults() {
    }

    /** Every participant of every exercise, at their own level, with the group's completion. */
    public static List<ExercisePerformed> performed(ClassSummary summary) {
        List<ExercisePerformed> out = new ArrayList<>();
        for (ExerciseOutcome exercise : summary.exercises()) {
            for (ParticipantDose p : exercise.participants()) {
                out.add(new ExercisePerformed(p.memberId(), exercise.exerciseId(), p.level(), exercise.completion()));
            }
        }
        return out;
    }
}
