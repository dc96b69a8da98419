package org.backclass.hardware.gpio;

import static com.pi4j.io.gpio.digital.DigitalState.HIGH;
import static com.pi4j.io.gpio.digital.DigitalState.LOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;
import static org.backclass.hardware.gpio.SignalPattern.Part.BUZZER;
import static org.backclass.hardware.gpio.SignalPattern.Part.GREEN_LED;
import static org.backclass.hardware.gpio.SignalPattern.Part.RED_LED;
import static org.backclass.hardware.gpio.SignalRecorder.at;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.Mock;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProviderImpl;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.backclass.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Broken, busy and missing pins, and the real signal thread. */
class GpioSignalsFailureTest {

    private static final GpioSettings ALL_FITTED = GpioSettings.of(18, 23, 24, null);

    private final ManualScheduler scheduler = new ManualScheduler();
    private Context pi4j;
    private GpioSignals signals;
    private LogCapture log;

    @BeforeEach
    void captureLog() {
        log = LogCapture.of(GpioSignals.class);
    }

    @AfterEach
    void tearDown() {
        if (signals != null) {
            signals.close();
        }
        if (pi4j != null) {
            pi4j.shutdown();
        }
        log.close();
    }

    @Test
    void aPinThatCannotBeOpenedIsOfflineWithOneWarningAndTheRestWorks() {
        FlakyOutputProvider provider = new FlakyOutputProvider(18);
        pi4j = Pi4J.newContextBuilder().noAutoDetect().add(provider).build();
        signals = new GpioSignals(pi4j, ALL_FITTED, FlakyOutputProvider.ID, scheduler);
        SignalRecorder recorder = new SignalRecorder(pi4j, scheduler::nowMillis);

        assertThatCode(() -> {
            signals.checkedIn();
            scheduler.advance(Duration.ofSeconds(5));
        }).doesNotThrowAnyException();

        assertThat(recorder.changes()).containsExactly(at(0, GREEN_LED, HIGH), at(1000, GREEN_LED, LOW));
        assertThat(log.warnings()).singleElement().asString()
                .contains("buzzer", "GPIO 18", "offline", "Device or resource busy");
        assertThat(signals.status()).containsExactly(
                new GpioDeviceStatus("buzzer", 18, false,
                        "IllegalStateException: Failed to request line 18: Device or resource busy"),
                new GpioDeviceStatus("green LED", 23, true, ""),
                new GpioDeviceStatus("red LED", 24, true, ""));
    }

    @Test
    void aPinWhoseWritesFailGoesOfflineWithOneWarningAndTheOthersKeepSignalling() {
        FlakyOutputProvider provider = new FlakyOutputProvider();
        pi4j = Pi4J.newContextBuilder().noAutoDetect().add(provider).build();
        signals = new GpioSignals(pi4j, ALL_FITTED, FlakyOutputProvider.ID, scheduler);
        SignalRecorder recorder = new SignalRecorder(pi4j, scheduler::nowMillis);
        provider.breakWrites(24);

        assertThatCode(() -> {
            signals.unknownCard();
            scheduler.advance(Duration.ofSeconds(5));
            signals.instructorAlert();
            scheduler.advance(Duration.ofSeconds(5));
        }).doesNotThrowAnyException();

        assertThat(log.warnings()).singleElement().asString()
                .contains("red LED", "GPIO 24", "offline", "Input/output error");
        assertThat(recorder.changes()).extracting(SignalRecorder.Change::part).containsOnly(BUZZER);
        assertThat(recorder.changes()).hasSize(2 + 2 * 9);
        assertThat(signals.status()).extracting(GpioDeviceStatus::device, GpioDeviceStatus::online)
                .containsExactly(tuple("buzzer", true), tuple("green LED", true), tuple("red LED", false));
        provider.repairAll();
    }

    @Test
    void noGpioProviderLeavesEveryPartOfflineWithOneWarningEach() {
        pi4j = Pi4J.newContextBuilder().noAutoDetect().add(new MockDigitalOutputProviderImpl()).build();
        signals = new GpioSignals(pi4j, ALL_FITTED, GpioSignals.OUTPUT_PROVIDER, scheduler);

        assertThatCode(() -> {
            signals.checkedIn();
            scheduler.advance(Duration.ofSeconds(5));
        }).doesNotThrowAnyException();

        assertThat(signals.status()).extracting(GpioDeviceStatus::device, GpioDeviceStatus::online)
                .containsExactly(tuple("buzzer", false), tuple("green LED", false), tuple("red LED", false));
        assertThat(log.warnings()).hasSize(3);
        assertThat(log.warnings().getFirst()).contains("buzzer", "GPIO 18", "offline", "gpiod-digital-output");
    }

    @Test
    void patternsPlayOnTheSignalThreadAndEndOff() throws InterruptedException {
        pi4j = Pi4J.newContextBuilder().noAutoDetect().add(new MockDigitalOutputProviderImpl()).build();
        signals = new GpioSignals(pi4j, ALL_FITTED, Mock.DIGITAL_OUTPUT_PROVIDER_ID,
                SignalScheduler.onOwnThread(GpioSignals.THREAD_NAME));
        DigitalOutput green = pi4j.registry().get(GpioSignals.ioId(GREEN_LED), DigitalOutput.class);
        List<String> threads = new CopyOnWriteArrayList<>();
        CountDownLatch greenOff = new CountDownLatch(1);
        green.addListener(e -> {
            threads.add(Thread.currentThread().getName());
            if (e.state() == DigitalState.LOW) {
                greenOff.countDown();
            }
        });

        signals.checkedIn();

        assertThat(greenOff.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(threads).containsOnly(GpioSignals.THREAD_NAME).hasSize(2);
        assertThat(List.of(BUZZER, GREEN_LED, RED_LED))
                .allSatisfy(part -> assertThat(SignalRecorder.stateOf(pi4j, part)).isEqualTo(LOW));
    }
}
