package org.backclass.hardware.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import com.pi4j.boardinfo.util.BoardInfoHelper;
import com.pi4j.context.Context;
import org.backclass.hardware.Pi4jContexts;
import org.backclass.testing.LogCapture;
import org.junit.jupiter.api.Test;

/**
 * The production path on a machine without GPIO (this one): the real gpiod provider fails with
 * "No gpio chip yet initialized!", and that must end in one WARN line per device and an offline
 * status, never in an exception that stops the kiosk.
 */
class GpioWithoutHardwareTest {

    @Test
    void everyDeviceReportsItselfOfflineAndNothingThrows() {
        assumeFalse(BoardInfoHelper.runningOnRaspberryPi(), "on a Pi this would drive real pins");
        GpioSettings settings = GpioSettings.of(18, 23, 24, 17);
        LogCapture contextLog = LogCapture.of(Pi4jContexts.class);
        Context pi4j = Pi4jContexts.create(settings.chipLabel());
        try (contextLog;
                LogCapture signalLog = LogCapture.of(GpioSignals.class);
                LogCapture buttonLog = LogCapture.of(NextButton.class);
                GpioSignals signals = new GpioSignals(pi4j, settings);
                NextButton button = new NextButton(pi4j, settings, () -> { })) {

            assertThatCode(() -> {
                signals.checkedIn();
                signals.alreadyCheckedIn();
                signals.unknownCard();
                signals.instructorAlert();
            }).doesNotThrowAnyException();

            assertThat(signals.status()).hasSize(3).noneMatch(GpioDeviceStatus::online);
            assertThat(signals.status()).allSatisfy(s -> assertThat(s.detail()).contains("No gpio chip"));
            assertThat(signalLog.warnings()).hasSize(3)
                    .allSatisfy(w -> assertThat(w).contains("offline", "No gpio chip yet initialized!"));
            assertThat(button.status()).hasValueSatisfying(s -> assertThat(s.online()).isFalse());
            assertThat(buttonLog.warnings()).singleElement().asString().contains("next button", "offline");
            assertThat(contextLog.warnings()).singleElement().asString().contains("No GPIO chip labelled 'pinctrl'");
        } finally {
            Pi4jContexts.shutdown(pi4j);
        }
        assertThat(pi4j.isShutdown()).isTrue();
    }
}
