package org.backclass.session;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leads one class through a {@link Timeline}: a state machine driven by a monotonic time source
 * and by the instructor's commands, publishing immutable {@link RunnerSnapshot}s.
 *
 * <p><b>Time.</b> The runner reads time only from the injected {@link LongSupplier} of
 * <em>monotonic nanoseconds</em> ({@code System::nanoTime} in production, a fake in tests), never
 * from a wall clock. A Raspberry Pi has no real-time clock and its wall time jumps when time sync
 * catches up after boot, or an admin changes it; a countdown driven by {@link java.time.Clock}
 * would then skip or freeze. Only differences between readings matter. A reading that goes
 * backwards counts as no time passing.
 *
 * <p><b>Ticks.</b> Time moves when {@link #tick()} or a command is called; the owner ticks a few
 * times a second. A tick that covers several steps completes each in turn and lands in the right
 * one with the overshoot carried over. A step ends when its remaining time reaches exactly zero.
 *
 * <p><b>Commands</b> return a {@link CommandResult} and are ignored, never thrown, in the wrong
 * state. Each first catches up with the time source. {@code next} skips the current step (on the
 * last step it finishes the class); {@code previous} within the first {@value #PREVIOUS_GRACE_SECONDS} s
 * of a step goes to the previous step, later it restarts the current one at its planned length,
 * dropping any +30 s (on the first step it always restarts). Navigating while paused stays paused. {@code extend}
 * adds 30 s to the current step only. {@code endEarly} needs a started class.
 *
 * <p><b>Record.</b> A work step counts as done once its time has run out (even if the instructor
 * later goes back to it); skipped or never reached, it is undone. {@link #summary()} turns that
 * into an {@link ExerciseOutcome} per exercise.
 *
 * <p><b>Threading.</b> Not thread-safe: one owner (the UI thread) calls every method; other threads
 * (a GPIO button) hand their commands to it. Snapshots are immutable and may go anywhere.
 */
public final class ClassRunner {

    /** How much {@link #extend()} adds. */
    public static final Duration EXTENSION = Duration.ofSeconds(30);
    /** Within this long after a step starts, {@link #previous()} goes back a step. */
    public static final int PREVIOUS_GRACE_SECONDS = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ClassRunner.class);
    private static final long SECOND = 1_000_000_000L;
    private static final long WARNING_NANOS = 3 * SECOND;

    private final Timeline timeline;
    private final LongSupplier nanoTime;
    private final ProgressLog log;

    private RunnerState state = RunnerState.NOT_STARTED;
    private int index;
    private long stepElapsed;
    private long stepLength;
    private long lastReading;
    private long active;
    private long paused;
    private long pausedSince;
    private long extended;
    private int skips;
    private long version;
    private RunnerSnapshot cached;

    public ClassRunner(Timeline timeline, LongSupplier monotonicNanos) {
        this.timeline = Objects.requireNonNull(timeline, "timeline");
        this.nanoTime = Objects.requireNonNull(monotonicNanos, "monotonicNanos");
        this.log = new ProgressLog(timeline);
        this.stepLength = timeline.isEmpty() ? 0 : timeline.step(0).planned().toNanos();
    }

    public Timeline timeline() {
        return timeline;
    }

    public RunnerState state() {
        return state;
    }

    /** Brings the runner up to the time source's present and returns the snapshot. */
    public RunnerSnapshot tick() {
        if (state == RunnerState.RUNNING) {
            catchUp();
        }
        return snapshot();
    }

    /** The snapshot as of the last tick or command; does not read the time source. */
    public RunnerSnapshot snapshot() {
        if (cached == null) {
            cached = Snapshots.of(this);
        }
        return cached;
    }

    public CommandResult start() {
        if (state != RunnerState.NOT_STARTED) {
            return ignored(Command.START, "already started");
        }
        lastReading = nanoTime.getAsLong();
        if (timeline.isEmpty()) {
            state = RunnerState.FINISHED;
        } else {
            state = RunnerState.RUNNING;
            enter(0);
        }
        LOG.info("Class '{}' started: {} steps, {} planned", timeline.plan().title(), timeline.size(),
                timeline.totalPlanned());
        return accepted(Command.START);
    }

    public CommandResult pause() {
        if (state != RunnerState.RUNNING) {
            return ignored(Command.PAUSE, "not running");
        }
        catchUp();
        if (state != RunnerState.RUNNING) {
            return ignored(Command.PAUSE, "class is over");
        }
        state = RunnerState.PAUSED;
        pausedSince = lastReading;
        return accepted(Command.PAUSE);
    }

    public CommandResult resume() {
        if (state != RunnerState.PAUSED) {
            return ignored(Command.RESUME, "not paused");
        }
        closePause();
        state = RunnerState.RUNNING;
        return accepted(Command.RESUME);
    }

    public CommandResult next() {
        if (!inClassAfterCatchUp()) {
            return ignored(Command.NEXT, "no step to skip in state " + state);
        }
        skips++;
        if (index == timeline.size() - 1) {
            end(RunnerState.FINISHED);
        } else {
            enter(index + 1);
        }
        return accepted(Command.NEXT);
    }

    public CommandResult previous() {
        if (!inClassAfterCatchUp()) {
            return ignored(Command.PREVIOUS, "no step to go back from in state " + state);
        }
        if (stepElapsed < PREVIOUS_GRACE_SECONDS * SECOND && index > 0) {
            enter(index - 1);
        } else {
            enter(index);
        }
        return accepted(Command.PREVIOUS);
    }

    /** Adds {@link #EXTENSION} to the current step. */
    public CommandResult extend() {
        if (!inClassAfterCatchUp()) {
            return ignored(Command.EXTEND, "no step to extend in state " + state);
        }
        stepLength += EXTENSION.toNanos();
        extended += EXTENSION.toNanos();
        changed();
        return accepted(Command.EXTEND);
    }

    public CommandResult endEarly() {
        if (!inClassAfterCatchUp()) {
            return ignored(Command.END_EARLY, "no class in progress in state " + state);
        }
        end(RunnerState.ENDED_EARLY);
        return accepted(Command.END_EARLY);
    }

    /** The record of the class once it is FINISHED or ENDED_EARLY, else empty. */
    public Optional<ClassSummary> summary() {
        return state.isOver() ? Optional.of(summaryAs(state)) : Optional.empty();
    }

    /**
     * The record as it would read if the class ended now — for saving a class the kiosk is stopped
     * in the middle of. The summary itself once the class is over; empty before it starts.
     */
    public Optional<ClassSummary> summarySoFar() {
        return state == RunnerState.NOT_STARTED || state.isOver() ? summary()
                : Optional.of(summaryAs(RunnerState.ENDED_EARLY));
    }

    private ClassSummary summaryAs(RunnerState end) {
        return new ClassSummary(timeline.plan().title(), end, timeline.totalPlanned(), Duration.ofNanos(active),
                Duration.ofNanos(paused), Duration.ofNanos(extended), skips, log.outcomes());
    }

    // --- state read by Snapshots (same package) ---

    long version() {
        return version;
    }

    int index() {
        return index;
    }

    long stepElapsedNanos() {
        return stepElapsed;
    }

    long stepLengthNanos() {
        return stepLength;
    }

    long activeNanos() {
        return active;
    }

    static long warningNanos() {
        return WARNING_NANOS;
    }

    // --- mechanics ---

    private boolean inClassAfterCatchUp() {
        if (state == RunnerState.RUNNING) {
            catchUp();
        }
        return state.isInClass();
    }

    private void catchUp() {
        long now = nanoTime.getAsLong();
        long delta = Math.max(0, now - lastReading);
        lastReading = now;
        if (delta == 0) {
            return;
        }
        while (delta > 0 && state == RunnerState.RUNNING) {
            long left = stepLength - stepElapsed;
            if (delta < left) {
                stepElapsed += delta;
                active += delta;
                delta = 0;
            } else {
                active += left;
                delta -= left;
                log.ranOut(index);
                if (index == timeline.size() - 1) {
                    stepElapsed = stepLength;
                    end(RunnerState.FINISHED);
                } else {
                    enter(index + 1);
                }
            }
        }
        changed();
    }

    private void enter(int newIndex) {
        index = newIndex;
        stepElapsed = 0;
        stepLength = timeline.step(newIndex).planned().toNanos();
        changed();
    }

    private void end(RunnerState endState) {
        if (state == RunnerState.PAUSED) {
            closePause();
        }
        state = endState;
        changed();
        LOG.info("Class '{}' {}: active {}, paused {}, {} skips", timeline.plan().title(), endState,
                Duration.ofNanos(active), Duration.ofNanos(paused), skips);
    }

    private void closePause() {
        long now = nanoTime.getAsLong();
        paused += Math.max(0, now - pausedSince);
        lastReading = now;
        changed();
    }

    private void changed() {
        version++;
        cached = null;
    }

    private CommandResult accepted(Command command) {
        changed();
        return CommandResult.accepted(command, state);
    }

    private CommandResult ignored(Command command, String reason) {
        LOG.debug("{} ignored: {}", command, reason);
        return CommandResult.ignored(command, state, reason);
    }
}
