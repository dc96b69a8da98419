package org.backclass.hardware.gpio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

/**
 * A {@link SignalScheduler} stepped by hand: {@link #advance} moves its clock and runs every task
 * that falls due, in due order (then in scheduling order), on the test thread, including tasks
 * scheduled by tasks on the way.
 */
final class ManualScheduler implements SignalScheduler {

    private record Task(long dueMillis, long seq, Runnable action) {
    }

    private final List<Task> tasks = new ArrayList<>();
    private long nowMillis;
    private long seq;
    private boolean closed;

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        if (closed) {
            throw new RejectedExecutionException("closed");
        }
        Task task = new Task(nowMillis + delay.toMillis(), seq++, action);
        tasks.add(task);
        return () -> tasks.remove(task);
    }

    @Override
    public void close() {
        closed = true;
        tasks.clear();
    }

    /** Runs what is due now (e.g. a pattern just asked for) without moving the clock. */
    void runDue() {
        advance(Duration.ZERO);
    }

    void advance(Duration d) {
        long target = nowMillis + d.toMillis();
        while (true) {
            Task next = tasks.stream()
                    .filter(t -> t.dueMillis() <= target)
                    .min(Comparator.comparingLong(Task::dueMillis).thenComparingLong(Task::seq))
                    .orElse(null);
            if (next == null) {
                break;
            }
            tasks.remove(next);
            nowMillis = next.dueMillis();
            next.action().run();
        }
        nowMillis = target;
    }

    long nowMillis() {
        return nowMillis;
    }

    int pending() {
        return tasks.size();
    }

    boolean closed() {
        return closed;
    }
}
