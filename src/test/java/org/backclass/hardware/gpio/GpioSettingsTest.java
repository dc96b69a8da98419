package org.backclass.hardware.gpio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GpioSettingsTest {

    @Test
    void defaultsAreTheUsualWiring() {
        GpioSettings s = GpioSettings.of(18, 23, 24, 17);

        assertThat(s.outputsActiveLow()).isFalse();
        assertThat(s.buttonActiveLow()).isTrue();
        assertThat(s.buttonDebounce()).isEqualTo(Duration.ofMillis(50));
        assertThat(s.chipLabel()).isEqualTo("pinctrl");
        assertThat(s.anyFitted()).isTrue();
        assertThat(GpioSettings.none().anyFitted()).isFalse();
    }

    @Test
    void everyPinIsOptional() {
        assertThat(GpioSettings.of(null, null, 24, null).redLedPin()).isEqualTo(24);
    }

    @Test
    void pinsAreBcmNumbersOnTheHeader() {
        assertThat(GpioSettings.of(0, 27, null, null).greenLedPin()).isEqualTo(27);
        assertThatIllegalArgumentException().isThrownBy(() -> GpioSettings.of(28, null, null, null))
                .withMessage("buzzerPin must be a BCM GPIO number 0-27 (not a physical pin number), was 28");
        assertThatIllegalArgumentException().isThrownBy(() -> GpioSettings.of(null, null, null, -1))
                .withMessageStartingWith("nextButtonPin must be a BCM GPIO number");
    }

    @Test
    void noPinIsUsedTwice() {
        assertThatIllegalArgumentException().isThrownBy(() -> GpioSettings.of(18, 23, 18, null))
                .withMessage("redLedPin and buzzerPin are both GPIO 18: each device needs its own pin");
    }

    @Test
    void debounceAndChipLabelAreChecked() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GpioSettings(null, null, null, 17, false, true, Duration.ZERO, "pinctrl"))
                .withMessage("buttonDebounce must be 1 ms to 1 s, was 0 ms");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GpioSettings(null, null, null, 17, false, true, Duration.ofSeconds(2), "pinctrl"))
                .withMessageContaining("1 ms to 1 s");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new GpioSettings(null, null, null, 17, false, true, Duration.ofMillis(50), " "))
                .withMessageStartingWith("chipLabel must not be blank");
    }
}
