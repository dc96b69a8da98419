package org.backclass.ui.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Executor;

/** Keeps submitted work until the test runs it, so a test can see that work was handed off, not done inline. */
public final class RecordingExecutor implements Executor {

    private final Deque<Runnable> queue = new ArrayDeque<>();
    private int submitted;

    @Override
    public synchronized void execute(Runnable command) {
        queue.add(command);
        submitted++;
    }

    /** Runs queued work, including work queued while running, until none is left. */
    public void runAll() {
        Runnable next;
        while ((next = poll()) != null) {
            next.run();
        }
    }

    /** Runs the oldest queued piece of work only; work it queues waits for the next call. */
    public void runNext() {
        Runnable next = poll();
        if (next == null) {
            throw new IllegalStateException("nothing queued");
        }
        next.run();
    }

    private synchronized Runnable poll() {
        return queue.poll();
    }

    public synchronized int queued() {
        return queue.size();
    }

    public synchronized int submitted() {
        return submitted;
    }
}
