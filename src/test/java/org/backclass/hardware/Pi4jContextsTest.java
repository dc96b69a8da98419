package org.backclass.hardware;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.pi4j.context.Context;
import com.pi4j.plugin.mock.Mock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backclass.testing.LogCapture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Pi4jContextsTest {

    @TempDir
    Path sys;

    private LogCapture log;
    private Context pi4j;

    @BeforeEach
    void captureLog() {
        log = LogCapture.of(Pi4jContexts.class);
    }

    @AfterEach
    void tearDown() {
        Pi4jContexts.shutdown(pi4j);
        log.close();
    }

    @Test
    void theContextHasExactlyTheGpiodAndLinuxfsProvidersNeverMocksOrPigpio() {
        pi4j = Pi4jContexts.create("pinctrl", sys);

        assertThat(pi4j.providers().all().keySet())
                .containsExactlyInAnyOrder("gpiod-digital-output", "gpiod-digital-input", "linuxfs-spi");
        assertThat(pi4j.hasProvider(Mock.DIGITAL_OUTPUT_PROVIDER_ID)).as("mock plugin is on the test classpath")
                .isFalse();
        assertThat(pi4j.config().enableShutdownHook()).isFalse();
    }

    @Test
    void theChipFoundByLabelIsGivenToGpiod() throws IOException {
        Path chip = Files.createDirectories(sys.resolve("class/gpio/chip0"));
        Files.writeString(chip.resolve("label"), "pinctrl-rp1\n");

        pi4j = Pi4jContexts.create("pinctrl", sys);

        assertThat(pi4j.properties().get(Pi4jContexts.CHIP_PROPERTY)).isEqualTo("gpiochip0");
        assertThat(log.messages(ch.qos.logback.classic.Level.INFO))
                .anySatisfy(m -> assertThat(m).contains("gpiochip0", "pinctrl-rp1"));
        assertThat(log.warnings()).isEmpty();
    }

    @Test
    void withoutAMatchingChipOneLineSaysSoAndAContextIsStillReturned() throws IOException {
        Path chip = Files.createDirectories(sys.resolve("class/gpio/chip0"));
        Files.writeString(chip.resolve("label"), "gpio-mockup-A\n");

        pi4j = Pi4jContexts.create("pinctrl", sys);

        assertThat(pi4j).isNotNull();
        assertThat(pi4j.properties().has(Pi4jContexts.CHIP_PROPERTY)).isFalse();
        assertThat(log.warnings()).singleElement().asString()
                .contains("No GPIO chip labelled 'pinctrl'", "gpiochip0=gpio-mockup-A", "offline");
    }

    @Test
    void shutdownIsIdempotentNullSafeAndNeverThrows() {
        pi4j = Pi4jContexts.create("pinctrl", sys);

        assertThatCode(() -> {
            Pi4jContexts.shutdown(pi4j);
            Pi4jContexts.shutdown(pi4j);
            Pi4jContexts.shutdown(null);
        }).doesNotThrowAnyException();
        assertThat(pi4j.isShutdown()).isTrue();
    }
}
