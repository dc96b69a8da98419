package org.backclass.hardware.gpio;

import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputBase;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalOutputProvider;
import com.pi4j.io.gpio.digital.DigitalOutputProviderBase;
import com.pi4j.io.gpio.digital.DigitalState;
import com.pi4j.io.exception.IOException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Pi4J output provider that fails like real pins do: pins listed as busy cannot be opened
 * ("Device or resource busy", as gpiod says when another process holds the line), and a pin can
 * be broken later so that every write to it fails. Other pins behave like mock outputs.
 */
final class FlakyOutputProvider extends DigitalOutputProviderBase {

    static final String ID = "flaky-digital-output";

    private final Set<Integer> busy;
    private final Set<Integer> broken = ConcurrentHashMap.newKeySet();

    FlakyOutputProvider(Integer... busyPins) {
        super(ID, "Flaky outputs for tests");
        this.busy = Set.of(busyPins);
    }

    /** From now on every write to {@code pin} fails. */
    void breakWrites(int pin) {
        broken.add(pin);
    }

    /** Writes work again (so the context can shut down without Pi4J logging the failure). */
    void repairAll() {
        broken.clear();
    }

    @Override
    public DigitalOutput create(DigitalOutputConfig config) {
        if (busy.contains(config.address())) {
            throw new IllegalStateException("Failed to request line " + config.address()
                    + ": Device or resource busy");
        }
        DigitalOutput output = new FlakyOutput(this, config);
        context.registry().add(output);
        return output;
    }

    private final class FlakyOutput extends DigitalOutputBase {

        FlakyOutput(DigitalOutputProvider provider, DigitalOutputConfig config) {
            super(provider, config);
        }

        @Override
        public DigitalOutput state(DigitalState state) {
            if (broken.contains(config.address())) {
                throw new IOException("Failed to set state for output " + id + ": Input/output error");
            }
            return super.state(state);
        }
    }
}
