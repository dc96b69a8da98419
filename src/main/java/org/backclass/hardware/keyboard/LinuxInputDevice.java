package org.backclass.hardware.keyboard;

import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.backclass.hardware.keyboard.InputDeviceException.Problem;

/**
 * An evdev node ({@code /dev/input/by-id/…-event-kbd}) read through the C library: opened
 * non-blocking, taken with {@code EVIOCGRAB}, waited on with {@code poll} so that no call blocks
 * past its timeout. Linux only (the flag and error numbers are Linux's, the same on x86-64 and
 * ARM). A regular file or a named pipe in the device's place is read as a recording, without
 * the grab, which the kernel refuses for anything but an input device.
 *
 * <p>Not thread-safe: the reader thread makes every call, including {@link #close()}, so a
 * descriptor is never closed under a {@code poll} or {@code read} in progress.
 */
final class LinuxInputDevice implements InputDevice {

    /** {@code _IOW('E', 0x90, int)}: arg 1 takes the device exclusively, 0 lets it go. */
    static final long EVIOCGRAB = 0x40044590L;

    private static final int O_RDONLY = 0;
    private static final int O_NONBLOCK = 0x800;
    private static final int O_CLOEXEC = 0x80000;
    private static final short POLLIN = 0x1;
    private static final short POLLNVAL = 0x20;
    private static final int EPERM = 1;
    private static final int ENOENT = 2;
    private static final int EINTR = 4;
    private static final int ENXIO = 6;
    private static final int EAGAIN = 11;
    private static final int EACCES = 13;
    private static final int EBUSY = 16;
    private static final int ENODEV = 19;
    private static final int EINVAL = 22;
    private static final int ENOTTY = 25;
    private static final int S_IFMT = 0xF000;
    private static final int S_IFREG = 0x8000;
    private static final int S_IFIFO = 0x1000;

    private final Path path;
    private LibC libc;
    private int fd = -1;
    private boolean grabbed;
    private int recordSize = InputEventDecoder.RECORD_SIZE_64;
    private LibC.PollFd pollFd;

    LinuxInputDevice(Path path) {
        this.path = Objects.requireNonNull(path, "path");
    }

    @Override
    public Path path() {
        return path;
    }

    @Override
    public void open() throws InputDeviceException {
        close();
        try {
            libc = LibC.get();
            // timeval is two C longs: 16-byte records on a 32-bit system, 24 on a 64-bit one.
            recordSize = 2 * Native.LONG_SIZE + 8;
        } catch (LinkageError e) {
            throw new InputDeviceException(Problem.FAILED, "cannot call the C library through JNA (" + e + ")");
        }
        int opened = libc.open(path.toString(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
        if (opened < 0) {
            int errno = Native.getLastError();
            throw switch (errno) {
                case ENOENT, ENXIO, ENODEV -> new InputDeviceException(Problem.MISSING, "not present");
                case EACCES, EPERM -> new InputDeviceException(Problem.NO_PERMISSION, "not readable: permission denied");
                default -> new InputDeviceException(Problem.FAILED, "cannot be opened: " + error(errno));
            };
        }
        fd = opened;
        pollFd = new LibC.PollFd();
        pollFd.fd = fd;
        pollFd.events = POLLIN;
    }

    @Override
    public Grab grab() throws InputDeviceException {
        requireOpen();
        if (libc.ioctl(fd, new NativeLong(EVIOCGRAB), 1) == 0) {
            grabbed = true;
            return Grab.EXCLUSIVE;
        }
        int errno = Native.getLastError();
        if (errno == EBUSY) {
            throw new InputDeviceException(Problem.BUSY, "in use by another program (exclusive grab refused)");
        }
        if (errno == ENOTTY || errno == EINVAL) {
            if (isRecording()) {
                return Grab.REPLAY;
            }
            throw new InputDeviceException(Problem.NOT_AN_INPUT_DEVICE,
                    "is not an input event device (expected a /dev/input/by-id/…-event-kbd node)");
        }
        throw new InputDeviceException(Problem.FAILED, "cannot be taken exclusively: " + error(errno));
    }

    @Override
    public int recordSize() {
        return recordSize;
    }

    @Override
    public int read(byte[] buffer, int timeoutMillis) throws InputDeviceException {
        requireOpen();
        pollFd.revents = 0;
        int ready = libc.poll(pollFd, 1, Math.max(0, timeoutMillis));
        if (ready < 0) {
            int errno = Native.getLastError();
            if (errno == EINTR) {
                return 0;
            }
            throw new InputDeviceException(Problem.FAILED, "cannot be waited on: " + error(errno));
        }
        if (ready == 0) {
            return 0;
        }
        if ((pollFd.revents & POLLNVAL) != 0) {
            throw new InputDeviceException(Problem.FAILED, "descriptor no longer valid");
        }
        // POLLIN, or POLLHUP/POLLERR: read says which (data, end of stream, or ENODEV).
        long n = libc.read(fd, buffer, new NativeLong(buffer.length)).longValue();
        if (n > 0) {
            return (int) n;
        }
        if (n == 0) {
            return END_OF_STREAM;
        }
        int errno = Native.getLastError();
        return switch (errno) {
            case EAGAIN, EINTR -> 0;
            case ENODEV -> throw new InputDeviceException(Problem.GONE, "unplugged");
            default -> throw new InputDeviceException(Problem.FAILED, "read failed: " + error(errno));
        };
    }

    @Override
    public void close() {
        if (fd < 0) {
            return;
        }
        if (grabbed) {
            // Closing drops the grab as well; letting go first makes the order explicit.
            libc.ioctl(fd, new NativeLong(EVIOCGRAB), 0);
            grabbed = false;
        }
        libc.close(fd);
        fd = -1;
        pollFd = null;
    }

    private void requireOpen() throws InputDeviceException {
        if (fd < 0) {
            throw new InputDeviceException(Problem.FAILED, "not open");
        }
    }

    /** A regular file or a named pipe: a recording replayed in the device's place. */
    private boolean isRecording() {
        try {
            int type = (Integer) Files.getAttribute(path, "unix:mode") & S_IFMT;
            return type == S_IFREG || type == S_IFIFO;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private String error(int errno) {
        String text = libc.strerror(errno);
        return (text == null ? "error" : text) + " (errno " + errno + ")";
    }
}
