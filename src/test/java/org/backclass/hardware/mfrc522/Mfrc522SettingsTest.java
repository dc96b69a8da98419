package org.backclass.hardware.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class Mfrc522SettingsTest {

    @Test
    void defaultsAreOneMegahertzAHundredMillisecondsAndThreeErrors() {
        Mfrc522Settings settings = Mfrc522Settings.defaults(0, 1);

        assertThat(settings.baudHz()).isEqualTo(1_000_000);
        assertThat(settings.resetPin()).isNull();
        assertThat(settings.pollInterval()).isEqualTo(Duration.ofMillis(100));
        assertThat(settings.errorsBeforeReset()).isEqualTo(3);
        assertThat(settings.device()).isEqualTo("/dev/spidev0.1");
        assertThat(settings.withResetPin(25).resetPin()).isEqualTo(25);
    }

    @Test
    void valuesOutOfRangeAreRejectedWithTheRangeInTheMessage() {
        Mfrc522Settings ok = Mfrc522Settings.defaults(0, 0);
        assertThatThrownBy(() -> Mfrc522Settings.defaults(7, 0)).hasMessage("spiBus must be 0-6 "
                + "(/dev/spidev<bus>.<cs>), was 7");
        assertThatThrownBy(() -> Mfrc522Settings.defaults(0, -1)).hasMessage("chipSelect must be 0-10 "
                + "(CE0 = 0, CE1 = 1), was -1");
        assertThatThrownBy(() -> new Mfrc522Settings(0, 0, 20_000_000, null, ok.pollInterval(), 3))
                .hasMessageStartingWith("baudHz must be 10000-10000000 (the MFRC522 allows at most 10 MHz");
        assertThatThrownBy(() -> ok.withResetPin(28)).hasMessage("resetPin must be a BCM GPIO number 0-27, "
                + "or unset for a soft reset, was 28");
        assertThatThrownBy(() -> ok.withPollInterval(Duration.ofMillis(5)))
                .hasMessage("pollInterval must be 10 ms - 10 s, was 5 ms");
        assertThatThrownBy(() -> ok.withPollInterval(null)).hasMessage("pollInterval");
        assertThatThrownBy(() -> ok.withErrorsBeforeReset(0)).hasMessage("errorsBeforeReset must be 1-1000, was 0");
    }
}
