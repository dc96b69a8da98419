package org.backclass.hardware.keyboard;

import org.backclass.testing.LogCapture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import ch.qos.logback.classic.Level;
import java.io.FileOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.backclass.domain.reader.CardReader;
import org.backclass.domain.reader.ReaderStatus.State;
import org.backclass.hardware.keyboard.WedgeFormat.ByteOrder;
import org.backclass.hardware.keyboard.WedgeFormat.Output;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recorded streams replayed through the real device code (libc through JNA) from a file or a
 * named pipe standing where the evdev node would be. Such files cannot be grabbed, and the
 * reader reads them without.
 */
@EnabledOnOs(OS.LINUX)
class KeyboardWedgeReaderReplayTest {

    @TempDir
    Path dir;
    private final RetryGate gate = new RetryGate();
    private final ReadingSink sink = new ReadingSink();
    private final LogCapture log = LogCapture.of(KeyboardWedgeReader.class);
    private CardReader reader;

    @AfterEach
    void tearDown() {
        if (reader != null) {
            reader.close();
        }
        log.close();
    }

    private CardReader start(Path device, WedgeFormat format) {
        reader = new KeyboardWedgeReader("door", new LinuxInputDevice(device), format, Duration.ofMillis(200),
                Clock.systemUTC(), System::nanoTime, gate);
        reader.start(sink.of(reader));
        return reader;
    }

    @Test
    void twoEm4100FobsTypedAsTenDigitDecimalsEndingWithEnter() throws Exception {
        start(SampleRecordings.copy(SampleRecordings.EM4100_TWO_FOBS, dir), WedgeFormat.TEN_DIGIT_DECIMAL);

        ReadingSink.Delivery first = sink.next();
        assertThat(first.read().lookupKeys()).containsExactly("DEC:6478258");
        assertThat(first.status().state()).isEqualTo(State.ONLINE);
        assertThat(first.status().detail()).contains("replayed without a grab");
        assertThat(sink.nextKey()).isEqualTo("DEC:12345678");
    }

    @Test
    void aSevenByteHexReading() throws Exception {
        start(SampleRecordings.copy(SampleRecordings.MIFARE_HEX7, dir), new WedgeFormat(Output.HEX, ByteOrder.MSB_FIRST, 7));

        assertThat(sink.nextKey()).isEqualTo("A:04A3C6CAE26180");
    }

    @Test
    void readingsWithoutEnterAreSplitByThePauseBetweenThem() throws Exception {
        Path device = EvdevRecording.mondayMorning().type("0006478258").pause(Duration.ofSeconds(1))
                .type("0077842122").writeTo(dir.resolve("no-enter.evdev"));

        start(device, WedgeFormat.TEN_DIGIT_DECIMAL);

        assertThat(sink.nextKey()).isEqualTo("DEC:6478258");
        assertThat(sink.nextKey()).as("the last one ends with the stream").isEqualTo("DEC:77842122");
    }

    @Test
    void aReadingWithoutEnterFromAPipeIsFinishedOnceTheReaderFallsSilent() throws Exception {
        Path fifo = LinuxInputDeviceTest.mkfifo(dir.resolve("reader.fifo"));
        start(fifo, WedgeFormat.TEN_DIGIT_DECIMAL);

        try (OutputStream writer = new FileOutputStream(fifo.toFile())) {
            writer.write(EvdevRecording.mondayMorning().type("0077842122").bytes());
            writer.flush();

            // The pipe stays open: no Enter and no end of stream, only the silence ends it.
            assertThat(sink.nextKey()).isEqualTo("DEC:77842122");
            assertThat(reader.status().state()).isEqualTo(State.ONLINE);
        }
    }

    @Test
    void aRecordingThatGoesAwayAndComesBackIsReadAgainWithoutARestart() throws Exception {
        Path device = EvdevRecording.mondayMorning().type("0006478258\n").writeTo(dir.resolve("usb-Reader-event-kbd"));
        start(device, WedgeFormat.TEN_DIGIT_DECIMAL);
        assertThat(sink.nextKey()).isEqualTo("DEC:6478258");
        gate.awaitReaderWaiting();
        assertThat(reader.status().detail()).contains("stream ended");
        assertThat(reader.status().errorCount()).isZero();

        // unplugged
        Files.delete(device);
        gate.retry();
        gate.awaitReaderWaiting();
        assertThat(reader.status().state()).isEqualTo(State.OFFLINE);
        assertThat(reader.status().detail()).isEqualTo(device + " not present (dec, 4 bytes, MSB first)");

        // plugged in again
        EvdevRecording.mondayMorning().type("0077842122\n").writeTo(device);
        gate.retry();

        assertThat(sink.nextKey()).isEqualTo("DEC:77842122");
        assertThat(log.messages(Level.WARN)).anySatisfy(line -> assertThat(line).contains("not present", "plugged in"));
    }

    @Test
    void aPipeWhoseWriterLeavesAndReturnsIsReadAgain() throws Exception {
        Path fifo = LinuxInputDeviceTest.mkfifo(dir.resolve("reader.fifo"));
        start(fifo, WedgeFormat.TEN_DIGIT_DECIMAL);
        try (OutputStream writer = new FileOutputStream(fifo.toFile())) {
            writer.write(EvdevRecording.mondayMorning().type("0006478258\n").bytes());
        }
        assertThat(sink.nextKey()).isEqualTo("DEC:6478258");
        gate.awaitReaderWaiting();
        assertThat(reader.status().state()).isEqualTo(State.OFFLINE);

        gate.retry();
        try (OutputStream writer = new FileOutputStream(fifo.toFile())) {
            writer.write(EvdevRecording.mondayMorning().type("0077842122\n").bytes());
        }

        assertThat(sink.nextKey()).isEqualTo("DEC:77842122");
    }

    @Test
    void aMissingDeviceAtStartIsOfflineWithOneClearLineAndNoException() throws Exception {
        Path missing = dir.resolve("usb-Nothing-event-kbd");

        assertThatCode(() -> start(missing, WedgeFormat.TEN_DIGIT_DECIMAL)).doesNotThrowAnyException();
        gate.awaitReaderWaiting();
        gate.retry();
        gate.awaitReaderWaiting();

        assertThat(reader.status().state()).isEqualTo(State.OFFLINE);
        assertThat(reader.status().detail()).startsWith(missing + " not present");
        assertThat(log.messages(Level.WARN)).singleElement().asString()
                .isEqualTo("Reader door: " + missing + " not present (is the reader plugged in? the names are under"
                        + " /dev/input/by-id/); trying again every 2 s");
        assertThat(sink.isEmpty()).isTrue();
    }
}
