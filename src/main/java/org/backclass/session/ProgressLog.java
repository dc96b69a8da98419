package org.backclass.session;

import org.backclass.domain.progress.Completion;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Which work steps ran to their end. A step counts as done once it has run out at least once,
 * even if the instructor later goes back to it and skips it. Not thread-safe; owned by the runner.
 */
final class ProgressLog {

    private final Timeline timeline;
    private final BitSet completed = new BitSet();

    ProgressLog(Timeline timeline) {
        this.timeline = timeline;
    }

    void ranOut(int stepIndex) {
        completed.set(stepIndex);
    }

    List<ExerciseOutcome> outcomes() {
        List<ExerciseOutcome> out = new ArrayList<>();
        for (ExerciseRef ref : timeline.exercises()) {
            int planned = 0;
            int done = 0;
            for (Step step : timeline.steps()) {
                boolean mine = step.kind() == StepKind.WORK
                        && step.exercise().map(e -> e.itemIndex() == ref.itemIndex()).orElse(false);
                if (mine) {
                    planned++;
                    done += completed.get(step.index()) ? 1 : 0;
                }
            }
            Completion completion = done == planned ? Completion.COMPLETED
                    : done == 0 ? Completion.SKIPPED : Completion.PARTIAL;
            out.add(new ExerciseOutcome(ref.exerciseId(), ref.name(), ref.section(), ref.groupLevel(), completion,
                    done, planned, ref.participants()));
        }
        return List.copyOf(out);
    }
}
