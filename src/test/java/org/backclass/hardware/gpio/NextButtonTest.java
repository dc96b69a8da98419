package org.backclass.hardware.gpio;

import static com.pi4j.io.gpio.digital.DigitalState.HIGH;
import static com.pi4j.io.gpio.digital.DigitalState.LOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalInput;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.gpio.digital.PullResistance;
import com.pi4j.plugin.mock.Mock;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInput;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalInputProviderImpl;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.backclass.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NextButtonTest {

    private static final int PIN = 17;
    private static final GpioSettings BUTTON = GpioSettings.of(null, null, null, PIN);

    private final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    private final AtomicInteger presses = new AtomicInteger();
    private Context pi4j;
    private NextButton button;
    private MockDigitalInput line;
    private LogCapture log;

    @BeforeEach
    void setUp() {
        log = LogCapture.of(NextButton.class);
        pi4j = Pi4J.newContextBuilder().noAutoDetect().add(new MockDigitalInputProviderImpl()).build();
    }

    @AfterEach
    void tearDown() {
        if (button != null) {
            button.close();
        }
        pi4j.shutdown();
        log.close();
    }

    /** A button at rest: the mock line starts LOW, so it is first released (HIGH), a second ago. */
    private void start(GpioSettings settings, Runnable onPress) {
        button = new NextButton(pi4j, settings, onPress, Mock.DIGITAL_INPUT_PROVIDER_ID, nanos::get);
        line = pi4j.registry().get(NextButton.IO_ID, MockDigitalInput.class);
        DigitalState rest = settings.buttonActiveLow() ? HIGH : LOW;
        if (line.state() != rest) {
            line.mockState(rest);
        }
        later(1000);
    }

    private void start() {
        start(BUTTON, presses::incrementAndGet);
    }

    private void later(long millis) {
        nanos.addAndGet(Duration.ofMillis(millis).toNanos());
    }

    /** The line goes to {@code state} {@code millis} after the previous edge. */
    private void edge(long millis, DigitalState state) {
        later(millis);
        line.mockState(state);
    }

    @Test
    void aPressFiresOnceOnThePressEdgeNotOnRelease() {
        start();

        edge(0, LOW);
        assertThat(presses).hasValue(1);
        edge(200, HIGH);
        assertThat(presses).hasValue(1);
    }

    @Test
    void aReleaseAloneFiresNothing() {
        start();
        edge(0, LOW);
        presses.set(0);

        edge(500, HIGH);

        assertThat(presses).hasValue(0);
    }

    @Test
    void bouncesWithinTheDebounceTimeCountAsOnePress() {
        start();

        // Press: the contact chatters for 8 ms, then holds.
        edge(0, LOW);
        edge(2, HIGH);
        edge(2, LOW);
        edge(2, HIGH);
        edge(2, LOW);
        // Release after 300 ms, chattering too.
        edge(300, HIGH);
        edge(2, LOW);
        edge(2, HIGH);

        assertThat(presses).hasValue(1);
    }

    @Test
    void pressesFurtherApartThanTheDebounceTimeCountTwice() {
        start();

        edge(0, LOW);
        edge(150, HIGH);
        edge(150, LOW);
        edge(150, HIGH);

        assertThat(presses).hasValue(2);
    }

    @Test
    void aQuickTapWhoseReleaseBouncesLateStillCountsOnce() {
        start();

        // Released 30 ms after the press, then a bounce 30 ms later: 60 ms after the press, but
        // never 50 ms of quiet, so it is not a second press.
        edge(0, LOW);
        edge(30, HIGH);
        edge(30, LOW);
        edge(1, HIGH);

        assertThat(presses).hasValue(1);
    }

    @Test
    void anActiveHighButtonIsPressedWhenHighAndUsesThePullDown() {
        GpioSettings activeHigh = new GpioSettings(null, null, null, PIN, false, false, Duration.ofMillis(20),
                GpioSettings.DEFAULT_CHIP_LABEL);
        start(activeHigh, presses::incrementAndGet);

        edge(0, HIGH);
        edge(100, LOW);

        assertThat(presses).hasValue(1);
        assertThat(line.config().pull()).isEqualTo(PullResistance.PULL_DOWN);
    }

    @Test
    void anActiveLowButtonUsesThePullUpAndOnlyAShortPi4jDebounce() {
        start();

        DigitalInput input = pi4j.registry().get(NextButton.IO_ID, DigitalInput.class);
        assertThat(input.config().pull()).isEqualTo(PullResistance.PULL_UP);
        assertThat(input.config().debounce()).isEqualTo(5_000L);
    }

    @Test
    void aFailingReceiverIsLoggedAndTheButtonGoesOn() {
        start(BUTTON, () -> {
            if (presses.incrementAndGet() == 1) {
                throw new IllegalStateException("receiver bug");
            }
        });

        assertThatCode(() -> edge(0, LOW)).doesNotThrowAnyException();
        edge(200, HIGH);
        edge(200, LOW);

        assertThat(presses).hasValue(2);
        assertThat(log.warnings()).singleElement().asString().contains("receiver failed");
    }

    @Test
    void closeStopsPressesReleasesThePinAndIsIdempotent() {
        start();

        button.close();
        button.close();
        edge(0, LOW);

        assertThat(presses).hasValue(0);
        assertThat(pi4j.registry().exists(NextButton.IO_ID)).isFalse();
    }

    @Test
    void aButtonThatCannotBeOpenedIsOfflineWithOneWarning() {
        assertThatCode(() -> button = new NextButton(pi4j, BUTTON, presses::incrementAndGet))
                .doesNotThrowAnyException();

        assertThat(button.status()).hasValueSatisfying(s -> {
            assertThat(s.online()).isFalse();
            assertThat(s.pin()).isEqualTo(PIN);
            assertThat(s.detail()).contains("gpiod-digital-input");
        });
        assertThat(log.warnings()).singleElement().asString().contains("next button", "GPIO 17", "offline");
    }

    @Test
    void noButtonFittedMeansNoPinAndNoStatus() {
        button = new NextButton(pi4j, GpioSettings.none(), presses::incrementAndGet, Mock.DIGITAL_INPUT_PROVIDER_ID,
                nanos::get);

        assertThat(button.status()).isEmpty();
        assertThat(pi4j.registry().all()).isEmpty();
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void aWorkingButtonIsOnline() {
        start();

        assertThat(button.status()).contains(new GpioDeviceStatus("next button", PIN, true, ""));
    }
}
