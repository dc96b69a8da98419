package org.backclass.hardware.mfrc522;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.plugin.mock.provider.gpio.digital.MockDigitalOutputProviderImpl;

/**
 * Pi4J's mock digital output under the gpiod provider's id, wired to a simulated chip's NRSTPD
 * pin, so the production factory's reset pin drives the model's hard reset.
 */
final class SimulatedResetPinProvider extends MockDigitalOutputProviderImpl {

    private final SimulatedMfrc522 chip;
    private final boolean fail;

    private SimulatedResetPinProvider(SimulatedMfrc522 chip, boolean fail) {
        this.id = Mfrc522Readers.RESET_PIN_PROVIDER;
        this.name = "simulated MFRC522 reset pin";
        this.chip = chip;
        this.fail = fail;
    }

    static SimulatedResetPinProvider wiredTo(SimulatedMfrc522 chip) {
        return new SimulatedResetPinProvider(chip, false);
    }

    /** A provider that cannot open any line, as gpiod without access to /dev/gpiochip*. */
    static SimulatedResetPinProvider failing() {
        return new SimulatedResetPinProvider(null, true);
    }

    @Override
    public DigitalOutput create(DigitalOutputConfig config) {
        if (fail) {
            throw new IllegalStateException("No gpio chip yet initialized!");
        }
        DigitalOutput output = super.create(config);
        output.addListener(event -> chip.resetLine(event.state() == DigitalState.HIGH));
        return output;
    }
}
