package org.backclass.hardware.keyboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The reader's retry pause, stepped by the test: the reader reports that it is waiting (so it
 * has just gone or stayed offline), and tries again only when the test says so.
 */
final class RetryGate implements KeyboardWedgeReader.RetryPause {

    private final BlockingQueue<Boolean> waiting = new LinkedBlockingQueue<>();
    private final Semaphore permits = new Semaphore(0);

    @Override
    public void await(CountDownLatch stop) throws InterruptedException {
        waiting.add(Boolean.TRUE);
        while (!permits.tryAcquire(10, TimeUnit.MILLISECONDS)) {
            if (stop.getCount() == 0) {
                return;
            }
        }
    }

    /** Returns once the reader waits to retry; fails the test after 5 s. */
    void awaitReaderWaiting() throws InterruptedException {
        assertThat(waiting.poll(5, TimeUnit.SECONDS)).as("the reader waiting to retry").isNotNull();
    }

    /** Lets the waiting reader try to open the device once. */
    void retry() {
        permits.release();
    }
}
