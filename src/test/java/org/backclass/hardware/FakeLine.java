package org.backclass.hardware;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.Control;
import javax.sound.sampled.Line;
import javax.sound.sampled.LineListener;
import javax.sound.sampled.SourceDataLine;

/**
 * A sound device's line, scripted, for the tests: the kiosk's sound card is hardware that is not
 * here. Every successful write is captured with the thread that made it; tests wait for writes
 * through {@link #nextWrite()} rather than sleeping.
 */
final class FakeLine implements SourceDataLine {

    /** One write as the device saw it. */
    record Write(byte[] bytes, Thread thread) {
    }

    /** What the line does on a write. */
    enum Behaviour { PLAY, THROW, TAKE_NOTHING, HANG_UNTIL_CLOSED }

    private final BlockingQueue<Write> writes = new LinkedBlockingQueue<>();
    private final CountDownLatch closed = new CountDownLatch(1);
    private final CountDownLatch writeStarted = new CountDownLatch(1);
    private volatile int goodWrites = Integer.MAX_VALUE;
    private volatile Behaviour afterThat = Behaviour.PLAY;
    private volatile Thread writer;

    /** Plays {@code count} writes, then behaves as {@code then} for every later write. */
    FakeLine playThen(int count, Behaviour then) {
        this.goodWrites = count;
        this.afterThat = then;
        return this;
    }

    /** The next captured write, waiting up to five seconds; fails the test when none comes. */
    Write nextWrite() throws InterruptedException {
        Write w = writes.poll(5, TimeUnit.SECONDS);
        if (w == null) {
            throw new AssertionError("no write reached the line within 5 s");
        }
        return w;
    }

    /** Writes captured and not yet taken by {@link #nextWrite()}. */
    int pendingWrites() {
        return writes.size();
    }

    /** The thread of the first write, once one has started (null until then). */
    Thread awaitWriteStarted() throws InterruptedException {
        return writeStarted.await(5, TimeUnit.SECONDS) ? writer : null;
    }

    boolean awaitClosed() throws InterruptedException {
        return closed.await(5, TimeUnit.SECONDS);
    }

    @Override
    public int write(byte[] b, int off, int len) {
        if (writer == null) {
            writer = Thread.currentThread();
        }
        writeStarted.countDown();
        Behaviour now;
        synchronized (this) {
            now = goodWrites-- > 0 ? Behaviour.PLAY : afterThat;
        }
        switch (now) {
            case THROW -> throw new IllegalStateException("device unplugged");
            case TAKE_NOTHING -> {
                return 0;
            }
            case HANG_UNTIL_CLOSED -> {
                // A hung device: only closing the line ends the write, as with a real one.
                awaitUninterruptibly();
                return 0;
            }
            default -> {
                byte[] copy = new byte[len];
                System.arraycopy(b, off, copy, 0, len);
                writes.add(new Write(copy, Thread.currentThread()));
                return len;
            }
        }
    }

    private void awaitUninterruptibly() {
        boolean interrupted = false;
        while (closed.getCount() > 0) {
            try {
                closed.await();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed.countDown();
    }

    @Override
    public boolean isOpen() {
        return closed.getCount() > 0;
    }

    // --- the rest of the line, unused by the tones ---

    @Override
    public void open(AudioFormat format, int bufferSize) {
    }

    @Override
    public void open(AudioFormat format) {
    }

    @Override
    public void open() {
    }

    @Override
    public void drain() {
    }

    @Override
    public void flush() {
    }

    @Override
    public void start() {
    }

    @Override
    public void stop() {
    }

    @Override
    public boolean isRunning() {
        return isOpen();
    }

    @Override
    public boolean isActive() {
        return isOpen();
    }

    @Override
    public AudioFormat getFormat() {
        return Beep.FORMAT;
    }

    @Override
    public int getBufferSize() {
        return 44_100;
    }

    @Override
    public int available() {
        return 44_100;
    }

    @Override
    public int getFramePosition() {
        return 0;
    }

    @Override
    public long getLongFramePosition() {
        return 0;
    }

    @Override
    public long getMicrosecondPosition() {
        return 0;
    }

    @Override
    public float getLevel() {
        return AudioSystem.NOT_SPECIFIED;
    }

    @Override
    public Line.Info getLineInfo() {
        return new Line.Info(SourceDataLine.class);
    }

    @Override
    public Control[] getControls() {
        return new Control[0];
    }

    @Override
    public boolean isControlSupported(Control.Type control) {
        return false;
    }

    @Override
    public Control getControl(Control.Type control) {
        throw new IllegalArgumentException("no controls on a fake line");
    }

    @Override
    public void addLineListener(LineListener listener) {
    }

    @Override
    public void removeLineListener(LineListener listener) {
    }
}
