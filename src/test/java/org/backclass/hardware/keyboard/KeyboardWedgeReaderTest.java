package org.backclass.hardware.keyboard;

import org.backclass.testing.LogCapture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.backclass.domain.reader.ReaderStatus;
import org.backclass.domain.reader.ReaderStatus.State;
import org.backclass.hardware.keyboard.InputDeviceException.Problem;
import org.backclass.hardware.keyboard.WedgeFormat.ByteOrder;
import org.backclass.hardware.keyboard.WedgeFormat.Output;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The reader's rules against a scripted device: readings, errors, grab, unplug, close. */
class KeyboardWedgeReaderTest {

    private static final Instant NOW = Instant.parse("2026-03-02T07:00:00Z");

    private final ScriptedInputDevice device = new ScriptedInputDevice();
    private final RetryGate gate = new RetryGate();
    private final ReadingSink sink = new ReadingSink();
    private final LogCapture log = LogCapture.of(KeyboardWedgeReader.class);
    private KeyboardWedgeReader reader;

    @AfterEach
    void tearDown() {
        if (reader != null) {
            reader.close();
        }
        log.close();
    }

    private KeyboardWedgeReader start(WedgeFormat format) {
        reader = new KeyboardWedgeReader("door", device, format, Duration.ofMillis(200),
                Clock.fixed(NOW, ZoneOffset.UTC), System::nanoTime, gate);
        reader.start(sink.of(reader));
        return reader;
    }

    @Test
    void aReadingReachesTheSinkOnTheReadersOwnThread() throws Exception {
        start(WedgeFormat.TEN_DIGIT_DECIMAL);

        device.feed(EvdevRecording.mondayMorning().type("0006478258").enter().bytes());

        ReadingSink.Delivery d = sink.next();
        assertThat(d.read().readerId()).isEqualTo("door");
        assertThat(d.read().lookupKeys()).containsExactly("DEC:6478258");
        assertThat(d.thread()).isEqualTo("usb-reader-door");
        assertThat(d.status().state()).isEqualTo(State.ONLINE);
        ReaderStatus status = reader.status();
        assertThat(status.type()).isEqualTo("usb-keyboard");
        assertThat(status.detail()).contains(ScriptedInputDevice.PATH.toString(), "grabbed", "dec, 4 bytes, MSB first");
        assertThat(status.lastReadAt()).isEqualTo(NOW);
        assertThat(status.errorCount()).isZero();
    }

    @Test
    void aHexReaderHoldingShiftAndKeyRepeatsReadTheSameCard() throws Exception {
        start(new WedgeFormat(Output.HEX, ByteOrder.LSB_FIRST, 7));

        device.feed(EvdevRecording.mondayMorning().withShiftedLetters().type("8061E2").held('C', 4)
                .type("AC6A304").enter().bytes());

        assertThat(sink.nextKey()).isEqualTo("A:04A3C6CAE26180");
    }

    @Test
    void garbageCountsAsAnErrorIsLoggedWithoutTheTextAndTheReaderReadsOn() throws Exception {
        start(WedgeFormat.TEN_DIGIT_DECIMAL);

        device.feed(EvdevRecording.mondayMorning().type("123456789\n").type("00064x8258\n").type("0077842122\n")
                .bytes());

        assertThat(sink.nextKey()).isEqualTo("DEC:77842122");
        assertThat(reader.status().errorCount()).isEqualTo(2);
        assertThat(reader.status().state()).isEqualTo(State.ONLINE);
        assertThat(log.messages(Level.WARN)).hasSize(2)
                .allSatisfy(line -> assertThat(line).startsWith("Reader door: ignored a reading")
                        .doesNotContain("123456789", "00064", "8258"))
                .anySatisfy(line -> assertThat(line).endsWith("expected 10 digits, got 9"))
                .anySatisfy(line -> assertThat(line).endsWith("not a digit"));
    }

    @Test
    void aFailingSinkIsLoggedAndTheReaderCarriesOn() throws Exception {
        start(WedgeFormat.TEN_DIGIT_DECIMAL);
        sink.failWith(new IllegalStateException("database locked"));
        device.feed(EvdevRecording.mondayMorning().type("0006478258\n").bytes());
        assertThat(sink.nextKey()).isEqualTo("DEC:6478258");

        sink.failWith(null);
        device.feed(EvdevRecording.mondayMorning().type("0077842122\n").bytes());

        assertThat(sink.nextKey()).isEqualTo("DEC:77842122");
        assertThat(log.messages(Level.ERROR)).containsExactly("Reader door: handling a card failed; reading on");
        assertThat(reader.status().errorCount()).isZero();
    }

    @Test
    void aGrabRefusedBecauseAnotherProgramHoldsTheDeviceIsOfflineUntilItLetsGo() throws Exception {
        device.refuseNextGrab(Problem.BUSY, "in use by another program (exclusive grab refused)");
        device.refuseNextGrab(Problem.BUSY, "in use by another program (exclusive grab refused)");
        start(WedgeFormat.TEN_DIGIT_DECIMAL);

        gate.awaitReaderWaiting();
        assertThat(reader.status().state()).isEqualTo(State.OFFLINE);
        assertThat(reader.status().detail()).contains(ScriptedInputDevice.PATH.toString(), "in use by another program");
        assertThat(device.isOpen()).as("not read without the grab").isFalse();
        gate.retry();
        gate.awaitReaderWaiting();
        gate.retry();
        device.feed(EvdevRecording.mondayMorning().type("0006478258\n").bytes());

        assertThat(sink.next().status().state()).isEqualTo(State.ONLINE);
        assertThat(log.messages(Level.WARN)).as("logged once, not at every retry").singleElement().asString()
                .contains("another program");
    }

    @Test
    void noPermissionAtStartIsOneClearLineAndOffline() throws Exception {
        device.failNextOpen(Problem.NO_PERMISSION, "not readable: permission denied");
        device.failNextOpen(Problem.NO_PERMISSION, "not readable: permission denied");
        start(WedgeFormat.TEN_DIGIT_DECIMAL);

        gate.awaitReaderWaiting();
        gate.retry();
        gate.awaitReaderWaiting();

        assertThat(reader.status().state()).isEqualTo(State.OFFLINE);
        assertThat(reader.status().detail()).contains("permission denied");
        assertThat(log.messages(Level.WARN)).singleElement().asString()
                .contains(ScriptedInputDevice.PATH.toString(), "permission denied", "group 'input'", "udev rule");
    }

    @Test
    void anUnplugFinishesThePendingReadingGoesOfflineAndAReplugReadsAgain() throws Exception {
        start(WedgeFormat.TEN_DIGIT_DECIMAL);
        device.feed(EvdevRecording.mondayMorning().type("0006478258").bytes());
        device.unplug();

        // A reading complete but for the Enter still counts; the unplug itself is an error.
        assertThat(sink.nextKey()).isEqualTo("DEC:6478258");
        gate.awaitReaderWaiting();
        assertThat(reader.status().state()).isEqualTo(State.OFFLINE);
        assertThat(reader.status().detail()).contains("unplugged");
        assertThat(reader.status().errorCount()).isEqualTo(1);
        assertThat(device.isOpen()).isFalse();

        device.failNextOpen(Problem.MISSING, "not present");
        gate.retry();
        gate.awaitReaderWaiting();
        assertThat(reader.status().detail()).contains("not present");
        gate.retry();
        device.feed(EvdevRecording.mondayMorning().type("0077842122\n").bytes());

        assertThat(sink.nextKey()).isEqualTo("DEC:77842122");
        assertThat(device.opens).hasValue(2);
        assertThat(log.messages(Level.INFO)).hasSize(2);
    }

    @Test
    void theEndOfAStreamIsNotAnErrorButAnUnexpectedFailureIsAndTheReaderSurvivesBoth() throws Exception {
        start(WedgeFormat.TEN_DIGIT_DECIMAL);
        device.endStream();
        gate.awaitReaderWaiting();
        assertThat(reader.status().detail()).contains("stream ended");
        assertThat(reader.status().errorCount()).isZero();
        gate.retry();

        device.breakNextRead(new IllegalStateException("bug"));
        gate.awaitReaderWaiting();
        assertThat(reader.status().state()).isEqualTo(State.OFFLINE);
        assertThat(reader.status().detail()).contains("failed", "bug");
        assertThat(reader.status().errorCount()).isEqualTo(1);
        assertThat(log.messages(Level.ERROR)).containsExactly("Reader door: unexpected failure; trying again");
        gate.retry();
        device.feed(EvdevRecording.mondayMorning().type("0006478258\n").bytes());

        assertThat(sink.nextKey()).isEqualTo("DEC:6478258");
        assertThat(device.isOpen()).isTrue();
        assertThat(device.opens).hasValue(3);
    }

    @Test
    void closeStopsTheThreadReleasesTheDeviceAndIsIdempotent() throws Exception {
        start(WedgeFormat.TEN_DIGIT_DECIMAL);
        device.feed(EvdevRecording.mondayMorning().type("0006478258\n").bytes());
        sink.next();

        reader.close();
        reader.close();

        assertThat(device.isOpen()).isFalse();
        assertThat(device.closes).hasValue(1);
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("usb-reader-door"));
        assertThat(reader.status().state()).isEqualTo(State.OFFLINE);
        assertThat(reader.status().detail()).endsWith("stopped");
        assertThatThrownBy(() -> reader.start(sink)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void closeAlsoEndsTheWaitForARetry() throws Exception {
        device.failNextOpen(Problem.MISSING, "not present");
        start(WedgeFormat.TEN_DIGIT_DECIMAL);
        gate.awaitReaderWaiting();

        reader.close();

        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(t -> t.getName().equals("usb-reader-door"));
        assertThat(device.opens).hasValue(0);
    }

    @Test
    void beforeStartTheReaderIsOfflineAndSaysWhatItWillRead() {
        reader = new KeyboardWedgeReader("door", device, WedgeFormat.TEN_DIGIT_DECIMAL, Duration.ofMillis(200),
                Clock.fixed(NOW, ZoneOffset.UTC), System::nanoTime, gate);

        ReaderStatus status = reader.status();

        assertThat(status.state()).isEqualTo(State.OFFLINE);
        assertThat(status.detail()).contains(ScriptedInputDevice.PATH.toString(), "not started", "dec, 4 bytes");
        assertThat(status.lastReadAt()).isNull();
        assertThat(reader.id()).isEqualTo("door");
    }

    @Test
    void startingTwiceIsAMistake() {
        start(WedgeFormat.TEN_DIGIT_DECIMAL);

        assertThatThrownBy(() -> reader.start(sink)).isInstanceOf(IllegalStateException.class);
    }
}
