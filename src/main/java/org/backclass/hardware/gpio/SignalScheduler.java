package org.backclass.hardware.gpio;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where signal patterns are timed. Tasks run one at a time, in the order they fall due, on the
 * scheduler's own thread, so the pins need no locks. Production uses {@link #onOwnThread}; tests
 * pass a scheduler they step by hand, so a pattern's timing is checked without sleeping.
 */
interface SignalScheduler {

    /** Cancels a task that has not started yet; a no-op afterwards. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }

    /**
     * Runs {@code task} after {@code delay} on the scheduler's thread.
     *
     * @throws java.util.concurrent.RejectedExecutionException after {@link #close()}
     */
    Cancellable schedule(Duration delay, Runnable task);

    /** Drops the tasks not yet started and stops; waits a little for a running task. Idempotent. */
    void close();

    /** One daemon thread named {@code threadName}; a daemon, so it never holds the JVM open. */
    static SignalScheduler onOwnThread(String threadName) {
        return new ThreadScheduler(threadName);
    }

    /** The production scheduler: a single-thread {@link ScheduledThreadPoolExecutor}. */
    final class ThreadScheduler implements SignalScheduler {

        /** How long {@link #close()} waits for a running task (a pin write) to finish. */
        static final Duration CLOSE_WAIT = Duration.ofSeconds(1);
        private static final Logger LOG = LoggerFactory.getLogger(ThreadScheduler.class);

        private final ScheduledThreadPoolExecutor executor;
        private final String threadName;

        ThreadScheduler(String threadName) {
            this.threadName = threadName;
            this.executor = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, threadName);
                t.setDaemon(true);
                return t;
            });
            // A replaced pattern cancels its next step: keep the queue from filling with dead steps.
            executor.setRemoveOnCancelPolicy(true);
            executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable task) {
            ScheduledFuture<?> future = executor.schedule(() -> runLogged(task), delay.toNanos(),
                    TimeUnit.NANOSECONDS);
            return () -> future.cancel(false);
        }

        @Override
        public void close() {
            executor.shutdownNow();
            try {
                if (!executor.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warn("The {} thread did not stop within {} ms", threadName, CLOSE_WAIT.toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private static void runLogged(Runnable task) {
            try {
                task.run();
            } catch (RuntimeException e) {
                // A scheduled task's exception would vanish into its future; say so instead.
                LOG.warn("A GPIO signal step failed", e);
            }
        }
    }
}
