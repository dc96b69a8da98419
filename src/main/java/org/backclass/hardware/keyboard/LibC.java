package org.backclass.hardware.keyboard;

import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Structure;

/**
 * The few C library calls an evdev reader needs, through JNA (Java 21 has no final FFM API; JNA
 * comes with Pi4J). Every call happens on one file descriptor, because an {@code EVIOCGRAB}
 * belongs to the open file it was made on: a grab taken on one descriptor while reading another
 * would hide the keys from ourselves. Errors come back as -1 with the code in
 * {@link Native#getLastError()}.
 *
 * <p>Loaded on first use, so merely configuring a USB reader costs nothing on a machine without it.
 */
interface LibC extends Library {

    int open(String path, int flags);

    /** {@code ioctl(fd, request, int)}; variadic in C, but an int passes the same way on Linux. */
    int ioctl(int fd, NativeLong request, int arg);

    int poll(PollFd fds, int nfds, int timeoutMillis);

    NativeLong read(int fd, byte[] buffer, NativeLong count);

    int close(int fd);

    String strerror(int errnum);

    static LibC get() {
        return Loaded.INSTANCE;
    }

    /** Holder idiom: the library is loaded when {@link #get()} first runs, not with the interface. */
    final class Loaded {
        private static final LibC INSTANCE = Native.load("c", LibC.class);

        private Loaded() {
        }
    }

    /** {@code struct pollfd}. Public with public fields because JNA fills it by reflection. */
    @Structure.FieldOrder({"fd", "events", "revents"})
    final class PollFd extends Structure {
        public int fd;
        public short events;
        public short revents;
    }
}
