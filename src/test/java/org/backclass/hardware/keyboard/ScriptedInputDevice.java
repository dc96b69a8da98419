package org.backclass.hardware.keyboard;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.BlockingDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.backclass.hardware.keyboard.InputDeviceException.Problem;

/** An input device whose failures and bytes the test scripts; reads wait on the script, not on time. */
final class ScriptedInputDevice implements InputDevice {

    static final Path PATH = Path.of("/dev/input/by-id/usb-Test_RFID_Reader-event-kbd");
    private static final Object END = new Object();

    private final BlockingDeque<Object> reads = new LinkedBlockingDeque<>();
    private final ConcurrentLinkedQueue<InputDeviceException> openFailures = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<InputDeviceException> grabFailures = new ConcurrentLinkedQueue<>();
    final AtomicInteger opens = new AtomicInteger();
    final AtomicInteger closes = new AtomicInteger();
    private volatile boolean open;

    void failNextOpen(Problem problem, String message) {
        openFailures.add(new InputDeviceException(problem, message));
    }

    void refuseNextGrab(Problem problem, String message) {
        grabFailures.add(new InputDeviceException(problem, message));
    }

    void feed(byte[] bytes) {
        reads.add(bytes);
    }

    void unplug() {
        reads.add(new InputDeviceException(Problem.GONE, "unplugged"));
    }

    void endStream() {
        reads.add(END);
    }

    /** The next read throws {@code bug}, as a defect in the device code would. */
    void breakNextRead(RuntimeException bug) {
        reads.add(bug);
    }

    boolean isOpen() {
        return open;
    }

    @Override
    public Path path() {
        return PATH;
    }

    @Override
    public void open() throws InputDeviceException {
        InputDeviceException failure = openFailures.poll();
        if (failure != null) {
            throw failure;
        }
        opens.incrementAndGet();
        open = true;
    }

    @Override
    public Grab grab() throws InputDeviceException {
        InputDeviceException failure = grabFailures.poll();
        if (failure != null) {
            throw failure;
        }
        return Grab.EXCLUSIVE;
    }

    @Override
    public int recordSize() {
        return InputEventDecoder.RECORD_SIZE_64;
    }

    @Override
    public int read(byte[] buffer, int timeoutMillis) throws InputDeviceException {
        Object next;
        try {
            next = reads.pollFirst(timeoutMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
        if (next == null) {
            return 0;
        }
        if (next == END) {
            return END_OF_STREAM;
        }
        if (next instanceof InputDeviceException e) {
            throw e;
        }
        if (next instanceof RuntimeException bug) {
            throw bug;
        }
        byte[] bytes = (byte[]) next;
        int n = Math.min(bytes.length, buffer.length);
        System.arraycopy(bytes, 0, buffer, 0, n);
        if (n < bytes.length) {
            reads.addFirst(Arrays.copyOfRange(bytes, n, bytes.length));
        }
        return n;
    }

    @Override
    public void close() {
        if (open) {
            open = false;
            closes.incrementAndGet();
        }
    }
}
