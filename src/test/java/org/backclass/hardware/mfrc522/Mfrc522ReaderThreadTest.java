package org.backclass.hardware.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.backclass.domain.reader.ReaderStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reader's own poller thread: where the sink runs, surviving a failing sink, and stopping. */
class Mfrc522ReaderThreadTest {

    private static final long WAIT_SECONDS = 10;

    private final SimulatedBoard board =
            new SimulatedBoard(Mfrc522Settings.defaults(0, 0).withPollInterval(Duration.ofMillis(10)));

    @AfterEach
    void tearDown() {
        board.close();
    }

    @Test
    void theSinkRunsOnTheReadersOwnDaemonThread() throws InterruptedException {
        CountDownLatch read = new CountDownLatch(1);
        AtomicReference<Thread> sinkThread = new AtomicReference<>();
        board.reader.start(card -> {
            sinkThread.set(Thread.currentThread());
            board.reads.add(card);
            read.countDown();
            return null;
        });

        board.chip.present(SimulatedCard.ntag("04A1B2C3D4E580"));

        assertThat(read.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(board.keys()).containsExactly("A:04A1B2C3D4E580");
        assertThat(sinkThread.get().getName()).isEqualTo("mfrc522-front");
        assertThat(sinkThread.get().isDaemon()).isTrue();
        assertThat(board.reader.status().state()).isEqualTo(ReaderStatus.State.ONLINE);
    }

    @Test
    void aSinkThatThrowsDoesNotStopThePoller() throws InterruptedException {
        CountDownLatch first = new CountDownLatch(1);
        CountDownLatch second = new CountDownLatch(1);
        board.reader.start(card -> {
            board.reads.add(card);
            if (first.getCount() > 0) {
                first.countDown();
                throw new IllegalStateException("the check-in failed");
            }
            second.countDown();
            return null;
        });

        board.chip.present(SimulatedCard.classic("8B6566B9"));
        assertThat(first.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        board.chip.present(SimulatedCard.ntag("04A1B2C3D4E580"));

        assertThat(second.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(board.keys()).containsExactly("A:8B6566B9", "A:04A1B2C3D4E580");
    }

    @Test
    void closeStopsThePollerSwitchesTheAntennaOffAndFreesTheDevice() throws InterruptedException {
        CountDownLatch read = new CountDownLatch(1);
        AtomicReference<Thread> poller = new AtomicReference<>();
        board.reader.start(card -> {
            poller.set(Thread.currentThread());
            read.countDown();
            return null;
        });
        board.chip.present(SimulatedCard.classic("8B6566B9"));
        assertThat(read.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        board.reader.close();

        assertThat(poller.get().isAlive()).isFalse();
        assertThat(board.chip.antennaOn()).isFalse();
        assertThat(board.spiProvider.last().closed()).isTrue();
        assertThat(board.reader.status().detail()).isEqualTo("stopped");
        long transfers = board.chip.transfers();
        board.reader.close();
        assertThat(board.chip.transfers()).isEqualTo(transfers);
    }

    @Test
    void closingFromTheSinkEndsThePollerAfterThatRead() throws InterruptedException {
        CountDownLatch read = new CountDownLatch(1);
        AtomicReference<Thread> poller = new AtomicReference<>();
        board.reader.start(card -> {
            poller.set(Thread.currentThread());
            board.reader.close();
            read.countDown();
            return null;
        });
        board.chip.present(SimulatedCard.classic("8B6566B9"));

        assertThat(read.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        poller.get().join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertThat(poller.get().isAlive()).isFalse();
        assertThat(board.spiProvider.last().closed()).isTrue();
    }

    @Test
    void startingTwiceIsAMistake() {
        board.reader.start(card -> null);

        assertThatThrownBy(() -> board.reader.start(card -> null)).isInstanceOf(IllegalStateException.class)
                .hasMessage("MFRC522 reader 'front' is already started");
    }
}
