package org.backclass.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertTimeout;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import org.backclass.hardware.FakeLine.Behaviour;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

class SoundDeviceTonesTest {

    private static final long SECOND = 1_000_000_000L;
    private static final long MINUTE = 60 * SECOND;

    private final AtomicLong nanos = new AtomicLong(7 * SECOND);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(SoundDeviceTones.class);
    private SoundDeviceTones tones;

    @BeforeEach
    void captureLog() {
        log.start();
        logger.addAppender(log);
        // The warnings here are expected: keep them out of the build output.
        logger.setAdditive(false);
    }

    @AfterEach
    void tearDown() {
        if (tones != null) {
            tones.close();
        }
        logger.detachAppender(log);
        logger.setAdditive(true);
    }

    @Test
    void beepsReachTheLineInOrderAsShortSoftEdgedSines() throws Exception {
        FakeLine line = new FakeLine();
        ScriptedDevice device = new ScriptedDevice(line);
        tones = new SoundDeviceTones(device, nanos::get);

        tones.warning(3);
        tones.warning(2);
        tones.go();

        Pcm warning = Pcm.of(line.nextWrite().bytes());
        Pcm second = Pcm.of(line.nextWrite().bytes());
        Pcm go = Pcm.of(line.nextWrite().bytes());
        assertThat(device.formats).containsExactly(Beep.FORMAT);
        assertThat(Beep.FORMAT.getSampleSizeInBits()).isEqualTo(16);
        assertThat(Beep.FORMAT.getChannels()).isEqualTo(1);
        assertThat(Beep.FORMAT.getEncoding()).isEqualTo(AudioFormat.Encoding.PCM_SIGNED);
        // 120 ms at 44.1 kHz; peak about half scale; 8 ms fades, so no click at either end.
        assertThat(warning.frames()).isEqualTo(5292);
        assertThat(warning.peak()).isCloseTo(0.5, within(0.01));
        assertThat(warning.firstSample()).isZero();
        assertThat(Math.abs(warning.lastSample())).isLessThan(0.01);
        assertThat(warning.peak(0, 44)).as("first millisecond").isLessThan(0.07);
        assertThat(warning.peak(5292 - 44, 5292)).as("last millisecond").isLessThan(0.07);
        assertThat(warning.frequencyHz(44_100f)).isCloseTo(880, within(15.0));
        assertThat(second.frames()).isEqualTo(warning.frames());
        // Go: longer and higher, so it is told apart without looking.
        assertThat(go.frames()).isEqualTo(13230);
        assertThat(go.frequencyHz(44_100f)).isCloseTo(1320, within(15.0));
        assertThat(go.peak(0, 44)).isLessThan(0.07);
        assertThat(log.list).noneMatch(e -> e.getLevel() == Level.WARN);
    }

    @Test
    void aMissingDeviceIsLoggedOnceThenSilentAndTriedAgainAfterAMinute() throws Exception {
        FakeLine speakers = new FakeLine();
        ScriptedDevice device = new ScriptedDevice(new LineUnavailableException("no audio device"),
                new LineUnavailableException("still none"), speakers);
        tones = new SoundDeviceTones(device, nanos::get);

        tones.warning(3); // first attempt fails
        device.awaitAttempt();
        nanos.addAndGet(SECOND);
        tones.warning(2); // within the minute: dropped without trying
        nanos.addAndGet(58 * SECOND);
        tones.warning(1); // 59 s: still dropped
        nanos.addAndGet(SECOND);
        tones.go(); // a minute after the failure: second attempt, fails quietly
        device.awaitAttempt();
        nanos.addAndGet(MINUTE);
        tones.go(); // speakers plugged in meanwhile

        assertThat(Pcm.of(speakers.nextWrite().bytes()).frames()).isEqualTo(Beep.GO.frames());
        // The queue is first in, first out: every earlier request was handled before this write.
        assertThat(device.attempts()).isEqualTo(3);
        assertThat(warnings()).containsExactly("No sound device: countdown tones are off"
                + " (LineUnavailableException: no audio device)");
    }

    static Stream<Throwable> failures() {
        return Stream.of(new LineUnavailableException("line busy"),
                new IllegalArgumentException("No line matching interface SourceDataLine is supported"),
                new SecurityException("audio denied"),
                new UnsatisfiedLinkError("libjsound.so: libasound.so.2: cannot open shared object file"),
                new NoClassDefFoundError("javax/sound/sampled/AudioSystem"),
                new IllegalStateException());
    }

    @ParameterizedTest
    @MethodSource("failures")
    void whateverTheSoundSystemThrowsMeansNoDeviceAndNothingEscapes(Throwable failure) throws Exception {
        FakeLine later = new FakeLine();
        ScriptedDevice device = new ScriptedDevice(failure, later);
        tones = new SoundDeviceTones(device, nanos::get);

        assertThatCode(() -> tones.warning(3)).doesNotThrowAnyException();
        device.awaitAttempt();
        assertThatCode(() -> {
            tones.warning(2);
            tones.go();
        }).doesNotThrowAnyException();
        nanos.addAndGet(MINUTE);
        tones.warning(1);

        later.nextWrite();
        assertThat(warnings()).singleElement().asString()
                .startsWith("No sound device: countdown tones are off (" + failure.getClass().getSimpleName());
    }

    @ParameterizedTest
    @EnumSource(value = Behaviour.class, names = {"THROW", "TAKE_NOTHING"})
    void aLineThatFailsMidWriteIsClosedAndReopenedAfterAMinute(Behaviour failure) throws Exception {
        FakeLine first = new FakeLine().playThen(1, failure);
        FakeLine second = new FakeLine();
        ScriptedDevice device = new ScriptedDevice(first, second);
        tones = new SoundDeviceTones(device, nanos::get);

        tones.warning(3);
        first.nextWrite();
        tones.warning(2); // the speaker is pulled out
        tones.warning(1); // dropped: the minute has not passed
        nanos.addAndGet(MINUTE);
        tones.go();

        assertThat(Pcm.of(second.nextWrite().bytes()).frames()).isEqualTo(Beep.GO.frames());
        assertThat(first.awaitClosed()).isTrue();
        assertThat(first.pendingWrites()).isZero();
        assertThat(device.attempts()).isEqualTo(2);
        assertThat(warnings()).singleElement().asString().startsWith("No sound device: countdown tones are off (");
    }

    @Test
    void theCallerNeverWaitsForASlowDeviceAndSurplusTonesAreDropped() throws Exception {
        CountDownLatch opening = new CountDownLatch(1);
        CountDownLatch slowDevice = new CountDownLatch(1);
        FakeLine line = new FakeLine();
        tones = new SoundDeviceTones(format -> {
            opening.countDown();
            awaitQuietly(slowDevice);
            return line;
        }, nanos::get);
        tones.warning(3);
        assertThat(opening.await(5, TimeUnit.SECONDS)).isTrue();

        assertTimeout(Duration.ofSeconds(1), () -> {
            for (int i = 0; i < 10; i++) {
                tones.warning(2);
            }
        });
        slowDevice.countDown();

        // The first request was being handled when the device stalled; the queue held four more.
        for (int i = 0; i < 1 + SoundDeviceTones.QUEUE_CAPACITY; i++) {
            line.nextWrite();
        }
        tones.close();
        assertThat(line.pendingWrites()).isZero();
    }

    @Test
    void closeStopsTheThreadAndClosesTheLineAndIsIdempotent() throws Exception {
        FakeLine line = new FakeLine();
        tones = new SoundDeviceTones(new ScriptedDevice(line), nanos::get);
        tones.go();
        Thread player = line.nextWrite().thread();
        assertThat(player.getName()).isEqualTo("backclass-tones");
        assertThat(player.isDaemon()).isTrue();

        tones.close();
        tones.close();

        assertThat(player.isAlive()).isFalse();
        assertThat(line.isOpen()).isFalse();
        assertThatCode(() -> tones.warning(3)).doesNotThrowAnyException();
        assertThat(line.pendingWrites()).isZero();
        assertThat(warnings()).isEmpty();
    }

    @Test
    void closeEndsAWriteStuckInAHungDeviceWithoutCallingItAFailure() throws Exception {
        FakeLine hung = new FakeLine().playThen(0, Behaviour.HANG_UNTIL_CLOSED);
        tones = new SoundDeviceTones(new ScriptedDevice(hung), nanos::get);
        tones.warning(3);
        Thread player = hung.awaitWriteStarted();
        assertThat(player).isNotNull();

        assertTimeout(SoundDeviceTones.CLOSE_WAIT, tones::close);

        assertThat(hung.isOpen()).isFalse();
        assertThat(player.isAlive()).isFalse();
        assertThat(warnings()).isEmpty();
    }

    @Test
    void theRealSoundSystemOfThisMachineNeverThrows() throws Exception {
        // Whatever this machine has (usually no sound device on a build server): no exception.
        CountDownLatch tried = new CountDownLatch(1);
        AtomicReference<Thread> player = new AtomicReference<>();
        tones = new SoundDeviceTones(format -> {
            player.set(Thread.currentThread());
            try {
                return SoundDeviceTones.openDefaultLine(format);
            } finally {
                tried.countDown();
            }
        }, System::nanoTime);

        assertThatCode(tones::go).doesNotThrowAnyException();
        assertThat(tried.await(10, TimeUnit.SECONDS)).isTrue();
        assertThatCode(tones::close).doesNotThrowAnyException();
        assertThat(player.get().getName()).isEqualTo(SoundDeviceTones.THREAD_NAME);
        assertThat(player.get().isAlive()).isFalse();
        assertThat(warnings()).allMatch(w -> w.startsWith("No sound device: countdown tones are off ("));
    }

    private List<String> warnings() {
        return log.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage)
                .toList();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
