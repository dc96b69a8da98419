package org.backclass.ui.testing;

import org.backclass.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.backclass.ui.support.Timers;

/**
 * {@link Timers} driven by hand: {@link #advance} moves the clock and runs every action that
 * falls due, in time order, including actions scheduled by other actions on the way.
 */
public final class ManualTimers implements Timers {

    private final MutableClock clock;
    private final List<Task> tasks = new ArrayList<>();

    private static final class Task {
        Instant due;
        final Duration period;
        final Runnable action;
        boolean cancelled;

        Task(Instant due, Duration period, Runnable action) {
            this.due = due;
            this.period = period;
            this.action = action;
        }
    }

    public ManualTimers(MutableClock clock) {
        this.clock = clock;
    }

    @Override
    public TimerHandle after(Duration delay, Runnable action) {
        return add(new Task(clock.instant().plus(delay), null, action));
    }

    @Override
    public TimerHandle every(Duration period, Runnable action) {
        return add(new Task(clock.instant().plus(period), period, action));
    }

    private TimerHandle add(Task task) {
        tasks.add(task);
        return () -> {
            task.cancelled = true;
            tasks.remove(task);
        };
    }

    public void advance(Duration d) {
        Instant target = clock.instant().plus(d);
        while (true) {
            Optional<Task> next = tasks.stream()
                    .filter(t -> !t.due.isAfter(target))
                    .min(Comparator.comparing((Task t) -> t.due));
            if (next.isEmpty()) {
                break;
            }
            Task task = next.get();
            clock.set(task.due);
            if (task.period == null) {
                tasks.remove(task);
            } else {
                task.due = task.due.plus(task.period);
            }
            task.action.run();
        }
        clock.set(target);
    }

    /** Scheduled actions not yet run or cancelled. */
    public int pending() {
        return tasks.size();
    }
}
