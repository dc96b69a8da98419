package org.backclass.hardware;

import com.pi4j.Pi4J;
import com.pi4j.context.Context;
import com.pi4j.context.ContextBuilder;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalInputProvider;
import com.pi4j.plugin.gpiod.provider.gpio.digital.GpioDDigitalOutputProvider;
import com.pi4j.plugin.linuxfs.provider.spi.LinuxFsSpiProvider;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.backclass.domain.LogText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates and shuts down the kiosk's one Pi4J {@link Context}. Create it only when a hardware
 * card reader or a GPIO device is configured, share it, and shut it down last, after every device
 * using it is closed: Pi4J releases GPIO lines only when the whole context shuts down.
 *
 * <p>The context has exactly three providers, chosen here rather than auto-detected from the
 * classpath: gpiod digital output and input ({@code gpiod-digital-output},
 * {@code gpiod-digital-input}; Pi 4 and Pi 5, no root) and linuxfs SPI ({@code linuxfs-spi},
 * {@code /dev/spidev*}). Never pigpio, which needs root and does
 * not support the Pi 5; never the mock plugin, even when it is on the test classpath. No shutdown
 * hook is installed: the kiosk's own ordered shutdown calls {@link #shutdown}.
 *
 * <p><b>The GPIO chip</b> is found by label (see {@link GpioChips}) and passed to gpiod as the
 * context property {@value #CHIP_PROPERTY}. When no chip has the label (a laptop, or a kernel
 * without GPIO sysfs) one WARN line says so and gpiod chooses by its own rule: the first chip whose
 * label contains "pinctrl". Without any GPIO chip the context is still returned; each device then
 * fails on its own, logs one line and reports itself offline, and the kiosk goes on.
 */
public final class Pi4jContexts {

    /** The gpiod provider's context property naming the chip, e.g. {@code gpiochip0}. */
    public static final String CHIP_PROPERTY = "gpio.chip.name";
    private static final Path SYSFS = Path.of("/sys");
    private static final Logger LOG = LoggerFactory.getLogger(Pi4jContexts.class);

    private Pi4jContexts() {
    }

    /**
     * A context with the gpiod and linuxfs providers, using the GPIO chip labelled
     * {@code gpioChipLabel} (e.g. "pinctrl"). Never throws for missing hardware.
     */
    public static Context create(String gpioChipLabel) {
        return create(gpioChipLabel, SYSFS);
    }

    /** As {@link #create(String)}, with sysfs at {@code sysRoot} (a fake tree in tests). */
    static Context create(String gpioChipLabel, Path sysRoot) {
        ContextBuilder builder = Pi4J.newContextBuilder()
                .noAutoDetect()
                .noAutoInject()
                .disableShutdownHook()
                .add(GpioDDigitalOutputProvider.newInstance(), GpioDDigitalInputProvider.newInstance(),
                        LinuxFsSpiProvider.newInstance());
        chipProperty(gpioChipLabel, sysRoot).ifPresent(chip -> builder.property(CHIP_PROPERTY, chip));
        try {
            return builder.build();
        } catch (RuntimeException | LinkageError e) {
            // Pi4J already drops a provider that fails to start; this is for anything worse.
            // An empty context keeps the contract: devices fail one by one and show offline.
            LOG.warn("Pi4J could not start its GPIO and SPI providers; hardware devices will be offline: {}",
                    reason(e));
            LOG.debug("Pi4J context failed", e);
            return Pi4J.newContextBuilder().noAutoDetect().noAutoInject().disableShutdownHook().build();
        }
    }

    /** Shuts {@code pi4j} down, turning outputs to their shutdown state; null-safe, idempotent, never throws. */
    public static void shutdown(Context pi4j) {
        if (pi4j == null) {
            return;
        }
        try {
            if (pi4j.isShutdown()) {
                return;
            }
            pi4j.shutdown();
            LOG.info("Pi4J context shut down");
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception | LinkageError e) {
            LOG.warn("Pi4J did not shut down cleanly: {}", reason(e));
            LOG.debug("Pi4J shutdown failed", e);
        }
    }

    /** The chip to name in the context, or empty (after one WARN line) to leave it to gpiod. */
    private static Optional<String> chipProperty(String label, Path sysRoot) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        Optional<GpioChips.Chip> chip = GpioChips.findByLabel(sysRoot, label);
        if (chip.isPresent()) {
            LOG.info("GPIO chip {} (label '{}') chosen for label '{}'", chip.get().name(),
                    LogText.quote(chip.get().label(), 60), LogText.quote(label, 60));
            return Optional.of(chip.get().name());
        }
        List<String> seen = GpioChips.list(sysRoot).stream().map(c -> c.name() + "=" + c.label()).sorted().toList();
        LOG.warn("No GPIO chip labelled '{}' in {} (chips there: {}); gpiod will take the first chip whose label "
                + "contains 'pinctrl', and without one every GPIO device shows offline", LogText.quote(label, 60),
                sysRoot.resolve("class/gpio"), seen.isEmpty() ? "none" : String.join(", ", seen));
        return Optional.empty();
    }

    private static String reason(Throwable e) {
        String message = e.getMessage();
        String type = e.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + LogText.quote(message, 200);
    }
}
