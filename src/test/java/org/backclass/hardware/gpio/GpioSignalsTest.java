package org.backclass.hardware.gpio;

import static com.pi4j.io.gpio.digital.DigitalState.HIGH;
import static com.pi4j.io.gpio.digital.DigitalState.LOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.backclass.hardware.gpio.SignalPattern.Part.BUZZER;
import static org.backclass.hardware.gpio.SignalPattern.Part.GREEN_LED;
import static org.backclass.hardware.gpio.SignalPattern.Part.RED_LED;
import static org.backclass.hardware.gpio.SignalRecorder.at;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.plugin.mock.Mock;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProviderImpl;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.backclass.hardware.gpio.SignalRecorder.Change;
import org.backclass.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GpioSignalsTest {

    private static final int BUZZER_PIN = 18;
    private static final int GREEN_PIN = 23;
    private static final int RED_PIN = 24;
    private static final GpioSettings ALL_FITTED = GpioSettings.of(BUZZER_PIN, GREEN_PIN, RED_PIN, null);

    private final ManualScheduler scheduler = new ManualScheduler();
    private Context pi4j;
    private GpioSignals signals;
    private SignalRecorder recorder;
    private LogCapture log;

    @BeforeEach
    void setUp() {
        log = LogCapture.of(GpioSignals.class);
        pi4j = Pi4J.newContextBuilder().noAutoDetect().add(new MockDigitalOutputProviderImpl()).build();
    }

    @AfterEach
    void tearDown() {
        if (signals != null) {
            signals.close();
        }
        pi4j.shutdown();
        log.close();
    }

    private void start(GpioSettings settings) {
        signals = new GpioSignals(pi4j, settings, Mock.DIGITAL_OUTPUT_PROVIDER_ID, scheduler);
        recorder = new SignalRecorder(pi4j, scheduler::nowMillis);
    }

    private List<Change> playToTheEnd(Runnable signal) {
        signal.run();
        scheduler.advance(Duration.ofSeconds(10));
        return recorder.changes();
    }

    @Test
    void checkedInIsGreenForASecondWithOneShortBeep() {
        start(ALL_FITTED);

        assertThat(playToTheEnd(signals::checkedIn)).containsExactly(
                at(0, BUZZER, HIGH), at(0, GREEN_LED, HIGH),
                at(100, BUZZER, LOW),
                at(1000, GREEN_LED, LOW));
        assertThat(SignalPattern.CHECKED_IN.length()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void alreadyCheckedInBlinksGreenTwiceWithTwoShortBeeps() {
        start(ALL_FITTED);

        assertThat(playToTheEnd(signals::alreadyCheckedIn)).containsExactly(
                at(0, BUZZER, HIGH), at(0, GREEN_LED, HIGH),
                at(100, BUZZER, LOW),
                at(200, GREEN_LED, LOW),
                at(350, BUZZER, HIGH), at(350, GREEN_LED, HIGH),
                at(450, BUZZER, LOW),
                at(550, GREEN_LED, LOW));
    }

    @Test
    void unknownCardIsRedForOneAndAHalfSecondsWithOneLongBeep() {
        start(ALL_FITTED);

        assertThat(playToTheEnd(signals::unknownCard)).containsExactly(
                at(0, BUZZER, HIGH), at(0, RED_LED, HIGH),
                at(600, BUZZER, LOW),
                at(1500, RED_LED, LOW));
    }

    @Test
    void instructorAlertIsThreeRoundsOfThreeRedFlashesWithBeeps() {
        start(ALL_FITTED);

        List<Change> expected = new ArrayList<>();
        for (long flash : new long[] {0, 250, 500, 1250, 1500, 1750, 2500, 2750, 3000}) {
            expected.addAll(List.of(at(flash, BUZZER, HIGH), at(flash, RED_LED, HIGH),
                    at(flash + 150, BUZZER, LOW), at(flash + 150, RED_LED, LOW)));
        }
        assertThat(playToTheEnd(signals::instructorAlert)).containsExactlyElementsOf(expected);
        assertThat(SignalPattern.INSTRUCTOR_ALERT.length()).isEqualTo(Duration.ofMillis(3150));
    }

    @Test
    void everyPatternEndsWithEverythingOffAndNothingLeftScheduled() {
        start(ALL_FITTED);

        for (Runnable signal : List.<Runnable>of(signals::checkedIn, signals::alreadyCheckedIn,
                signals::unknownCard, signals::instructorAlert)) {
            playToTheEnd(signal);
            assertThat(List.of(BUZZER, GREEN_LED, RED_LED))
                    .allSatisfy(part -> assertThat(SignalRecorder.stateOf(pi4j, part)).isEqualTo(LOW));
            assertThat(scheduler.pending()).isZero();
        }
    }

    @Test
    void theCallerOnlyHandsThePatternOverAndNeverTouchesAPin() {
        start(ALL_FITTED);

        signals.checkedIn();

        // Nothing happens on the caller's thread; the signal thread (here: runDue) does it all.
        assertThat(recorder.changes()).isEmpty();
        scheduler.runDue();
        assertThat(recorder.changes()).containsExactly(at(0, BUZZER, HIGH), at(0, GREEN_LED, HIGH));
    }

    @Test
    void aNewSignalReplacesThePatternStillPlaying() {
        start(ALL_FITTED);
        signals.checkedIn();
        scheduler.advance(Duration.ofMillis(300));

        signals.unknownCard();
        scheduler.advance(Duration.ofSeconds(10));

        // The green of the check-in stops at once, and its own end (at 1000 ms) never comes.
        assertThat(recorder.changes()).containsExactly(
                at(0, BUZZER, HIGH), at(0, GREEN_LED, HIGH),
                at(100, BUZZER, LOW),
                at(300, BUZZER, HIGH), at(300, GREEN_LED, LOW), at(300, RED_LED, HIGH),
                at(900, BUZZER, LOW),
                at(1800, RED_LED, LOW));
        assertThat(scheduler.pending()).isZero();
    }

    @Test
    void partsNotFittedAreSkipped() {
        start(GpioSettings.of(null, GREEN_PIN, null, null));

        assertThat(playToTheEnd(signals::unknownCard)).isEmpty();
        assertThat(playToTheEnd(signals::checkedIn)).containsExactly(
                at(10_000, GREEN_LED, HIGH), at(11_000, GREEN_LED, LOW));
        assertThat(signals.status()).containsExactly(new GpioDeviceStatus("green LED", GREEN_PIN, true, ""));
        assertThat(pi4j.registry().exists(GpioSignals.ioId(BUZZER))).isFalse();
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void withNothingFittedSignalsDoNothing() {
        start(GpioSettings.none());

        signals.checkedIn();
        signals.instructorAlert();

        assertThat(scheduler.pending()).isZero();
        assertThat(signals.status()).isEmpty();
        assertThat(pi4j.registry().all()).isEmpty();
    }

    @Test
    void activeLowOutputsAreOnWhenLow() {
        start(new GpioSettings(BUZZER_PIN, GREEN_PIN, RED_PIN, null, true, true, GpioSettings.DEFAULT_DEBOUNCE,
                GpioSettings.DEFAULT_CHIP_LABEL));
        assertThat(SignalRecorder.stateOf(pi4j, GREEN_LED)).as("off at start").isEqualTo(HIGH);

        assertThat(playToTheEnd(signals::checkedIn)).containsExactly(
                at(0, BUZZER, LOW), at(0, GREEN_LED, LOW),
                at(100, BUZZER, HIGH),
                at(1000, GREEN_LED, HIGH));
    }

    @Test
    void closeTurnsEverythingOffReleasesThePinsAndIsIdempotent() {
        start(ALL_FITTED);
        List<DigitalOutput> outputs = List.of(BUZZER, GREEN_LED, RED_LED).stream()
                .map(p -> pi4j.registry().get(GpioSignals.ioId(p), DigitalOutput.class))
                .toList();
        signals.instructorAlert();
        scheduler.advance(Duration.ofMillis(50));
        assertThat(outputs.get(0).state()).as("buzzer mid-beep").isEqualTo(HIGH);

        signals.close();
        signals.close();

        assertThat(outputs).allSatisfy(o -> assertThat(o.state()).isEqualTo(LOW));
        assertThat(scheduler.closed()).isTrue();
        assertThat(outputs).allSatisfy(o -> assertThat(pi4j.registry().exists(o.id())).isFalse());
        assertThatCode(() -> {
            signals.checkedIn();
            signals.instructorAlert();
        }).doesNotThrowAnyException();
        assertThat(recorder.changes()).last().isEqualTo(at(50, RED_LED, LOW));
    }
}
