package org.backclass.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link SessionPlan} unrolled into an immutable list of {@link Step}s, in class order.
 *
 * <p>Per exercise (timed by its {@link GroupLevel group level}), for each set {@code s} of
 * {@code n}: a work step ({@link Side#BOTH}), or for per-side doses LEFT, a switch pause,
 * RIGHT; then, if {@code s < n}, a rest of the dose's {@code restBetweenSets}. After the
 * exercise comes a rest of {@link TimelineOptions#restAfterExercise()} unless the next planned
 * item is itself a rest or education item or the exercise is the last item. Rest and education
 * items become one step each. Zero-length pauses and rests produce no step.
 */
public final class Timeline {

    private final SessionPlan plan;
    private final List<Step> steps;
    private final long[] startNanos;
    private final Duration total;

    private Timeline(SessionPlan plan, List<Step> steps) {
        this.plan = plan;
        this.steps = List.copyOf(steps);
        this.startNanos = new long[steps.size() + 1];
        for (int i = 0; i < steps.size(); i++) {
            startNanos[i + 1] = startNanos[i] + steps.get(i).planned().toNanos();
        }
        this.total = Duration.ofNanos(startNanos[steps.size()]);
    }

    /** Builds the timeline with {@link TimelineOptions#DEFAULTS}. */
    public static Timeline of(SessionPlan plan) {
        return of(plan, TimelineOptions.DEFAULTS);
    }

    public static Timeline of(SessionPlan plan, TimelineOptions options) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(options, "options");
        List<Step> out = new ArrayList<>();
        List<PlannedItem> items = plan.items();
        for (int i = 0; i < items.size(); i++) {
            switch (items.get(i)) {
                case ExerciseItem ex -> {
                    addExercise(out, i, ex, plan.participants(), options);
                    boolean last = i == items.size() - 1;
                    boolean nextIsBreak = !last && !(items.get(i + 1) instanceof ExerciseItem);
                    if (!last && !nextIsBreak) {
                        pause(out, StepKind.REST, options.restAfterExercise(), null, 0, 0, null);
                    }
                }
                case RestItem rest -> pause(out, StepKind.REST, rest.duration(), null, 0, 0, null);
                case EducationItem edu -> pause(out, StepKind.EDUCATION, edu.duration(), null, 0, 0, edu.topic());
            }
        }
        return new Timeline(plan, out);
    }

    private static void addExercise(List<Step> out, int itemIndex, ExerciseItem item, List<Participant> people,
            TimelineOptions options) {
        int level = GroupLevel.choose(item, people);
        Dose dose = item.doseAt(level);
        ExerciseRef ref = new ExerciseRef(itemIndex, item.exerciseId(), item.name(), item.section(), level, dose,
                GroupLevel.dosesFor(item, people));
        Duration work = dose.workPerSet();
        int n = dose.sets();
        for (int set = 1; set <= n; set++) {
            if (dose.perSide()) {
                work(out, work, ref, set, n, Side.LEFT, dose);
                pause(out, StepKind.SWITCH_SIDES, options.switchPause(), ref, set, n, null);
                work(out, work, ref, set, n, Side.RIGHT, dose);
            } else {
                work(out, work, ref, set, n, Side.BOTH, dose);
            }
            if (set < n) {
                pause(out, StepKind.REST, dose.restBetweenSets(), ref, set, n, null);
            }
        }
    }

    /** Adds a work step; rep work carries its target and tempo. */
    private static void work(List<Step> out, Duration length, ExerciseRef ref, int set, int setCount, Side side,
            Dose dose) {
        out.add(new Step(out.size(), StepKind.WORK, length, Optional.of(ref), set, setCount, side, dose.reps(),
                dose.repTempo(), Optional.empty()));
    }

    /** Adds a rest, switch or education step unless it has no length. */
    private static void pause(List<Step> out, StepKind kind, Duration length, ExerciseRef ref, int set,
            int setCount, Topic topic) {
        if (length.compareTo(Duration.ZERO) > 0) {
            out.add(new Step(out.size(), kind, length, Optional.ofNullable(ref), set, setCount, Side.BOTH, 0,
                    Duration.ZERO, Optional.ofNullable(topic)));
        }
    }

    public SessionPlan plan() {
        return plan;
    }

    public List<Step> steps() {
        return steps;
    }

    public int size() {
        return steps.size();
    }

    public boolean isEmpty() {
        return steps.isEmpty();
    }

    public Step step(int index) {
        return steps.get(index);
    }

    /** Sum of all planned step lengths. */
    public Duration totalPlanned() {
        return total;
    }

    /** Planned offset of a step from the start of the class; {@code size()} gives the total. */
    public Duration plannedStart(int index) {
        return Duration.ofNanos(startNanos[index]);
    }

    long plannedStartNanos(int index) {
        return startNanos[index];
    }

    /** The first WORK or EDUCATION step after {@code index}, skipping rests and side switches. */
    public Optional<Step> nextUp(int index) {
        for (int i = index + 1; i < steps.size(); i++) {
            StepKind kind = steps.get(i).kind();
            if (kind == StepKind.WORK || kind == StepKind.EDUCATION) {
                return Optional.of(steps.get(i));
            }
        }
        return Optional.empty();
    }

    /** The exercises of the plan, once each, in order, as the timeline timed them. */
    public List<ExerciseRef> exercises() {
        List<ExerciseRef> refs = new ArrayList<>();
        for (Step s : steps) {
            s.exercise().filter(ref -> refs.isEmpty() || refs.getLast().itemIndex() != ref.itemIndex())
                    .ifPresent(refs::add);
        }
        return List.copyOf(refs);
    }
}
