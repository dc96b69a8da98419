package org.backclass.hardware;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.backclass.hardware.GpioChips.Chip;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The label lookup on fake sysfs trees laid out as the kernel lays them out. */
class GpioChipsTest {

    @TempDir
    Path sys;

    /**
     * A chip as the older sysfs GPIO interface shows it: the device {@code gpiochip<device>} and
     * {@code gpio/gpiochip<base>} (with its label and a {@code device} link back up) under the
     * parent device, and {@code class/gpio/gpiochip<base>} linking to the latter.
     */
    private void legacyChip(String parent, int device, int base, String label) throws IOException {
        Path parentDir = Files.createDirectories(sys.resolve("devices/platform").resolve(parent));
        Files.createDirectories(parentDir.resolve("gpiochip" + device));
        Path legacy = Files.createDirectories(parentDir.resolve("gpio/gpiochip" + base));
        Files.writeString(legacy.resolve("label"), label + "\n");
        Files.createSymbolicLink(legacy.resolve("device"), Path.of("../.."));
        Files.createDirectories(sys.resolve("class/gpio"));
        Files.createSymbolicLink(sys.resolve("class/gpio/gpiochip" + base), legacy);
    }

    /** A chip as kernels from 6.17 show it: {@code class/gpio/chip<device>/label}. */
    private void newStyleChip(int device, String label) throws IOException {
        Path dir = Files.createDirectories(sys.resolve("class/gpio/chip" + device));
        Files.writeString(dir.resolve("label"), label + "\n");
    }

    /** A Raspberry Pi 5 on kernel 6.6.45 or later: the header chip is gpiochip0, base 571. */
    private void pi5() throws IOException {
        legacyChip("axi/1000120000.pcie/1f000d0000.gpio", 0, 571, "pinctrl-rp1");
        legacyChip("soc/107d508500.gpio", 10, 512, "gpio-brcmstb@107d508500");
        legacyChip("soc/107d517c00.gpio", 13, 544, "gpio-brcmstb@107d517c00");
        Files.createDirectories(sys.resolve("class/gpio/export").getParent());
        Files.writeString(sys.resolve("class/gpio/export"), "");
    }

    @Test
    void findsThePi5HeaderChipByItsLabelWhateverItsNumber() throws IOException {
        pi5();

        assertThat(GpioChips.findByLabel(sys, "pinctrl")).contains(new Chip("gpiochip0", "pinctrl-rp1"));
        assertThat(GpioChips.findByLabel(sys, "pinctrl-rp1")).contains(new Chip("gpiochip0", "pinctrl-rp1"));
        assertThat(GpioChips.findByLabel(sys, "gpio-brcmstb@107d517c00"))
                .contains(new Chip("gpiochip13", "gpio-brcmstb@107d517c00"));
    }

    @Test
    void findsThePi4HeaderChip() throws IOException {
        legacyChip("soc/fe200000.gpio", 0, 512, "pinctrl-bcm2711");
        legacyChip("soc/firmware/gpio", 1, 570, "raspberrypi-exp-gpio");

        assertThat(GpioChips.findByLabel(sys, "pinctrl")).contains(new Chip("gpiochip0", "pinctrl-bcm2711"));
    }

    @Test
    void theOldPi5NumberingIsFoundTheSameWay() throws IOException {
        // Before kernel 6.6.45 the same chip was gpiochip4.
        legacyChip("axi/1000120000.pcie/1f000d0000.gpio", 4, 571, "pinctrl-rp1");
        legacyChip("soc/107d508500.gpio", 0, 512, "gpio-brcmstb@107d508500");

        assertThat(GpioChips.findByLabel(sys, "pinctrl")).contains(new Chip("gpiochip4", "pinctrl-rp1"));
    }

    @Test
    void readsTheNewPerChipEntries() throws IOException {
        newStyleChip(0, "gpio-brcmstb@107d508500");
        newStyleChip(4, "pinctrl-rp1");

        assertThat(GpioChips.findByLabel(sys, "pinctrl")).contains(new Chip("gpiochip4", "pinctrl-rp1"));
    }

    @Test
    void bothInterfacesForOneChipGiveOneChip() throws IOException {
        legacyChip("axi/1f000d0000.gpio", 0, 571, "pinctrl-rp1");
        newStyleChip(0, "pinctrl-rp1");

        assertThat(GpioChips.list(sys)).containsExactly(new Chip("gpiochip0", "pinctrl-rp1"));
    }

    @Test
    void anExactLabelWinsThenTheLowestNumber() throws IOException {
        newStyleChip(1, "pinctrl-extra");
        newStyleChip(3, "pinctrl");
        assertThat(GpioChips.findByLabel(sys, "pinctrl")).contains(new Chip("gpiochip3", "pinctrl"));

        newStyleChip(10, "gpio-a");
        newStyleChip(2, "gpio-b");
        // Numerically, not as text: gpiochip2 before gpiochip10.
        assertThat(GpioChips.findByLabel(sys, "gpio-")).contains(new Chip("gpiochip2", "gpio-b"));
    }

    @Test
    void aChipWithoutAParentLinksToItsOwnDevice() throws IOException {
        Path gdev = Files.createDirectories(sys.resolve("devices/virtual/gpio/gpiochip7"));
        Path legacy = Files.createDirectories(gdev.resolve("gpio/gpiochip600"));
        Files.writeString(legacy.resolve("label"), "pinctrl-virtual");
        Files.createSymbolicLink(legacy.resolve("device"), Path.of("../.."));
        Files.createDirectories(sys.resolve("class/gpio"));
        Files.createSymbolicLink(sys.resolve("class/gpio/gpiochip600"), legacy);

        assertThat(GpioChips.findByLabel(sys, "pinctrl")).contains(new Chip("gpiochip7", "pinctrl-virtual"));
    }

    @Test
    void aParentWithSeveralChipsCannotBeToldApartAndIsSkipped() throws IOException {
        legacyChip("soc/multi.gpio", 5, 600, "pinctrl-multi");
        Files.createDirectories(sys.resolve("devices/platform/soc/multi.gpio/gpiochip6"));

        assertThat(GpioChips.findByLabel(sys, "pinctrl")).isEmpty();
    }

    @Test
    void noMatchingLabelOrNoGpioSysfsFindsNothing() throws IOException {
        assertThat(GpioChips.findByLabel(sys, "pinctrl")).as("a laptop: no class/gpio").isEmpty();
        assertThat(GpioChips.list(sys)).isEmpty();

        pi5();
        assertThat(GpioChips.findByLabel(sys, "pinctrl-bcm2711")).isEmpty();
        assertThat(GpioChips.list(sys)).hasSize(3);
    }

    @Test
    void aChipWithAnEmptyOrUnreadableLabelIsSkipped() throws IOException {
        newStyleChip(0, "");
        Files.createDirectories(sys.resolve("class/gpio/chip1"));

        assertThat(GpioChips.list(sys)).isEmpty();
    }
}
