package org.backclass.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.SourceDataLine;

/** A device whose every open is scripted: a line to return, or what to throw. */
final class ScriptedDevice implements SoundDeviceTones.LineOpener {

    final BlockingQueue<AudioFormat> formats = new LinkedBlockingQueue<>();
    private final Semaphore opened = new Semaphore(0);
    private final Deque<Object> script;

    ScriptedDevice(Object... outcomes) {
        this.script = new ArrayDeque<>(List.of(outcomes));
    }

    int attempts() {
        return formats.size();
    }

    /** Waits for the next attempt to open the device; the tones handle its outcome next. */
    void awaitAttempt() throws InterruptedException {
        assertThat(opened.tryAcquire(5, TimeUnit.SECONDS)).as("an attempt to open the device").isTrue();
    }

    @Override
    public SourceDataLine open(AudioFormat format) throws LineUnavailableException {
        formats.add(format);
        opened.release();
        Object next = script.poll();
        return switch (next) {
            case FakeLine line -> line;
            case LineUnavailableException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            case null -> throw new AssertionError("no more opens scripted");
            default -> throw new AssertionError("cannot script " + next);
        };
    }
}
