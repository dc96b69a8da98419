package org.backclass.session;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Builds a {@link RunnerSnapshot} from a runner's current state. */
final class Snapshots {

    private static final long SECOND = 1_000_000_000L;

    private Snapshots() {
    }

    static RunnerSnapshot of(ClassRunner runner) {
        Timeline timeline = runner.timeline();
        RunnerState state = runner.state();
        int count = timeline.size();
        if (state.isOver() || timeline.isEmpty()) {
            double progress = state == RunnerState.ENDED_EARLY ? progress(runner) : 1.0;
            return new RunnerSnapshot(runner.version(), state, Optional.empty(), Optional.empty(), 0, count,
                    Duration.ZERO, Duration.ZERO, 0, 0, 0, Duration.ofNanos(runner.activeNanos()), Duration.ZERO,
                    progress, List.of());
        }
        int index = runner.index();
        Step step = timeline.step(index);
        long length = runner.stepLengthNanos();
        long elapsed = runner.stepElapsedNanos();
        long remaining = Math.max(0, length - elapsed);
        int remainingSeconds = (int) ((remaining + SECOND - 1) / SECOND);
        boolean live = state.isInClass();
        int warning = live && step.isCountdown() && remaining > 0 && remaining <= ClassRunner.warningNanos()
                ? remainingSeconds : 0;
        int rep = step.isRepWork()
                ? (int) Math.min(step.repTarget(), elapsed / step.repTempo().toNanos() + 1) : 0;
        long later = timeline.totalPlanned().toNanos() - timeline.plannedStartNanos(index + 1);
        return new RunnerSnapshot(runner.version(), state, Optional.of(step), timeline.nextUp(index), index + 1,
                count, Duration.ofNanos(length), Duration.ofNanos(remaining), remainingSeconds, warning, rep,
                Duration.ofNanos(runner.activeNanos()), Duration.ofNanos(remaining + later), progress(runner),
                step.exercise().map(ExerciseRef::participants).orElse(List.of()));
    }

    /** Planned position through the class: start of the step plus its share done, over the total. */
    private static double progress(ClassRunner runner) {
        Timeline timeline = runner.timeline();
        long total = timeline.totalPlanned().toNanos();
        if (total == 0) {
            return 1.0;
        }
        int index = runner.index();
        double share = runner.stepLengthNanos() == 0 ? 0
                : (double) runner.stepElapsedNanos() / runner.stepLengthNanos();
        double position = timeline.plannedStartNanos(index) + share * timeline.step(index).planned().toNanos();
        return Math.min(1.0, Math.max(0.0, position / total));
    }
}
