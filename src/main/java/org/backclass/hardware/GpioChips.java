package org.backclass.hardware;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds a GPIO chip's character-device name ({@code gpiochip0}, as gpiod wants it) from its
 * label, by reading sysfs. The number is not stable (the Pi 5's header chip moved from
 * {@code gpiochip4} to {@code gpiochip0} in kernel 6.6.45); the label is ({@code pinctrl-rp1} on
 * a Pi 5, {@code pinctrl-bcm2711} on a Pi 4).
 *
 * <p>Two places under {@code <sys>/class/gpio} carry labels, and both are read:
 * <ul>
 *   <li>{@code chipN/label} (kernels from 6.17): N is the character device's number, so the
 *       chip is {@code gpiochipN}.</li>
 *   <li>{@code gpiochipB/label} (the older sysfs GPIO interface, {@code CONFIG_GPIO_SYSFS}, which
 *       Raspberry Pi OS kernels have): B is the chip's first global GPIO number (e.g. 571), not the
 *       device number. Its {@code device} link leads to the chip's parent device, which holds the
 *       chip's {@code gpiochipN} directory (or, for a chip without a parent, is that directory).
 *       A parent with several chips cannot be told apart this way and is skipped.</li>
 * </ul>
 * {@code /dev/gpiochip*} is not used: a label is only readable there through an ioctl.
 *
 * <p>A chip matches when its label equals the wanted one or starts with it, so "pinctrl" finds the
 * header chip on both Pis. An exact match wins, then the lowest device number.
 */
final class GpioChips {

    /** A chip: its device name for gpiod, and its label. */
    record Chip(String name, String label) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(GpioChips.class);
    private static final Pattern NEW_STYLE = Pattern.compile("chip(\\d{1,6})");
    private static final Pattern DEVICE = Pattern.compile("gpiochip(\\d{1,6})");

    private GpioChips() {
    }

    /** The chip labelled {@code label} under the sysfs tree {@code sysRoot} (normally {@code /sys}). */
    static Optional<Chip> findByLabel(Path sysRoot, String label) {
        List<Chip> chips = list(sysRoot);
        Comparator<Chip> order = Comparator.comparing((Chip c) -> !c.label().equals(label))
                .thenComparingInt(c -> number(c.name()).orElse(Integer.MAX_VALUE));
        return chips.stream().filter(c -> c.label().startsWith(label)).min(order);
    }

    /** Every chip whose label and device name sysfs gives, without duplicates, in no particular order. */
    static List<Chip> list(Path sysRoot) {
        Path classGpio = sysRoot.resolve("class").resolve("gpio");
        List<Chip> found = new ArrayList<>();
        try (Stream<Path> entries = Files.list(classGpio)) {
            for (Path entry : entries.toList()) {
                String file = entry.getFileName().toString();
                Matcher newStyle = NEW_STYLE.matcher(file);
                Optional<Chip> chip = newStyle.matches()
                        ? readLabel(entry).map(l -> new Chip("gpiochip" + newStyle.group(1), l))
                        : DEVICE.matcher(file).matches() ? legacy(entry) : Optional.empty();
                chip.filter(c -> !found.contains(c)).ifPresent(found::add);
            }
        } catch (IOException | RuntimeException e) {
            // No GPIO sysfs (a laptop, a container, a kernel without it): no chips, said by the caller.
            LOG.debug("Cannot list {}", classGpio, e);
        }
        return found;
    }

    private static Optional<Chip> legacy(Path entry) {
        Optional<String> label = readLabel(entry);
        if (label.isEmpty()) {
            return Optional.empty();
        }
        Path parent = entry.resolve("device");
        try {
            Path real = parent.toRealPath();
            if (DEVICE.matcher(real.getFileName().toString()).matches()) {
                return Optional.of(new Chip(real.getFileName().toString(), label.get()));
            }
            try (Stream<Path> children = Files.list(real)) {
                List<String> devices = children.map(p -> p.getFileName().toString())
                        .filter(n -> DEVICE.matcher(n).matches())
                        .toList();
                if (devices.size() == 1) {
                    return Optional.of(new Chip(devices.getFirst(), label.get()));
                }
                LOG.debug("{}: {} chips under {}, cannot tell which is '{}'", entry, devices.size(), real, label.get());
            }
        } catch (IOException | RuntimeException e) {
            LOG.debug("Cannot follow {}", parent, e);
        }
        return Optional.empty();
    }

    private static Optional<String> readLabel(Path chipDir) {
        try {
            String label = Files.readString(chipDir.resolve("label"), StandardCharsets.UTF_8).strip();
            return label.isEmpty() ? Optional.empty() : Optional.of(label);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static OptionalInt number(String deviceName) {
        Matcher m = DEVICE.matcher(deviceName);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
