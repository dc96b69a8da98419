package org.backclass.hardware.keyboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backclass.hardware.keyboard.InputDeviceException.Problem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The real libc path (open, ioctl, poll, read, close through JNA) on files and pipes. */
@EnabledOnOs(OS.LINUX)
class LinuxInputDeviceTest {

    @TempDir
    Path dir;
    private LinuxInputDevice device;

    @AfterEach
    void closeDevice() {
        if (device != null) {
            device.close();
        }
    }

    @Test
    void aMissingNodeIsReportedAsMissing() {
        device = new LinuxInputDevice(dir.resolve("usb-Gone-event-kbd"));

        assertThatThrownBy(device::open).isInstanceOfSatisfying(InputDeviceException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.MISSING))
                .hasMessage("not present");
    }

    @Test
    void aRecordingIsReadWithoutAGrabToTheEndOfTheStream() throws Exception {
        byte[] stream = EvdevRecording.mondayMorning().type("0006478258").enter().bytes();
        device = new LinuxInputDevice(Files.write(dir.resolve("card.evdev"), stream));

        device.open();

        assertThat(device.grab()).isEqualTo(InputDevice.Grab.REPLAY);
        assertThat(device.recordSize()).isIn(InputEventDecoder.RECORD_SIZE_64, InputEventDecoder.RECORD_SIZE_32);
        byte[] buffer = new byte[stream.length + 100];
        assertThat(device.read(buffer, 1000)).isEqualTo(stream.length);
        assertThat(device.read(buffer, 1000)).isEqualTo(InputDevice.END_OF_STREAM);
    }

    @Test
    void aPipeWaitsForItsWriterThenEndsWhenTheWriterCloses() throws Exception {
        Path fifo = mkfifo(dir.resolve("reader.fifo"));
        device = new LinuxInputDevice(fifo);
        device.open();
        assertThat(device.grab()).isEqualTo(InputDevice.Grab.REPLAY);
        byte[] buffer = new byte[4096];

        // No writer yet: the read times out instead of blocking or reporting the end.
        assertThat(device.read(buffer, 20)).isZero();
        byte[] stream = EvdevRecording.mondayMorning().type("12").bytes();
        try (OutputStream writer = new FileOutputStream(fifo.toFile())) {
            assertThat(device.read(buffer, 20)).isZero();
            writer.write(stream);
            writer.flush();
            assertThat(device.read(buffer, 5000)).isEqualTo(stream.length);
        }

        assertThat(device.read(buffer, 5000)).isEqualTo(InputDevice.END_OF_STREAM);
    }

    @Test
    void aCharacterDeviceThatIsNotAnInputDeviceIsNotReadWithoutAGrab() throws Exception {
        device = new LinuxInputDevice(Path.of("/dev/null"));
        device.open();

        assertThatThrownBy(device::grab).isInstanceOfSatisfying(InputDeviceException.class,
                e -> assertThat(e.problem()).isEqualTo(Problem.NOT_AN_INPUT_DEVICE))
                .hasMessageContaining("not an input event device");
    }

    @Test
    void closeIsIdempotentAndTheDeviceCanBeOpenedAgain() throws Exception {
        byte[] stream = EvdevRecording.mondayMorning().type("7").bytes();
        device = new LinuxInputDevice(Files.write(dir.resolve("card.evdev"), stream));
        device.open();
        device.close();
        device.close();

        assertThatThrownBy(() -> device.read(new byte[64], 10)).isInstanceOf(InputDeviceException.class)
                .hasMessage("not open");
        device.open();
        assertThat(device.read(new byte[1024], 1000)).isEqualTo(stream.length);
    }

    @Test
    void theGrabRequestIsTheKernelsEviocgrab() {
        // _IOW('E', 0x90, int): direction write (1 << 30), size 4 (<< 16), type 'E' (<< 8), nr 0x90
        assertThat(LinuxInputDevice.EVIOCGRAB).isEqualTo((1L << 30) | (4L << 16) | ('E' << 8) | 0x90);
    }

    static Path mkfifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
        assertThat(p.waitFor()).as("mkfifo exit status").isZero();
        return path;
    }
}
