package org.backclass.hardware.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalOutputConfig;
import com.pi4j.io.gpio.digital.DigitalState;
import org.backclass.hardware.gpio.SignalPattern.Part;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One output pin of {@link GpioSignals} (buzzer or LED), opened at construction. It never throws:
 * when opening or a write fails it logs one WARN line, goes offline and ignores further writes,
 * so a bad pin costs its own part of the signal and nothing else.
 *
 * <p>{@link #set} runs on the signal thread only; {@link #status} may be read from any thread.
 */
final class SignalOutput {

    private static final Logger LOG = LoggerFactory.getLogger(GpioSignals.class);

    private final Part part;
    private final int pin;
    private final DigitalOutput output;
    private volatile String offlineReason;
    /** The last state written, so a pattern does not rewrite unchanged pins; null = unknown. */
    private Boolean lastOn;

    private SignalOutput(Part part, int pin, DigitalOutput output, String offlineReason) {
        this.part = part;
        this.pin = pin;
        this.output = output;
        this.offlineReason = offlineReason;
        this.lastOn = output == null ? null : Boolean.FALSE;
    }

    /**
     * Opens {@code pin} through {@code providerId}, off, and set to go off again when the Pi4J
     * context shuts down.
     */
    static SignalOutput open(Context pi4j, Part part, int pin, boolean activeLow, String providerId) {
        DigitalState onState = activeLow ? DigitalState.LOW : DigitalState.HIGH;
        DigitalState offState = DigitalState.getInverseState(onState);
        try {
            DigitalOutputConfig config = DigitalOutput.newConfigBuilder(pi4j)
                    .id(GpioSignals.ioId(part))
                    .name("BackClass " + part.label())
                    .address(pin)
                    .provider(providerId)
                    .onState(onState)
                    .initial(offState)
                    .shutdown(offState)
                    .build();
            DigitalOutput output = pi4j.create(config);
            LOG.info("GPIO {} on GPIO {} is ready", part.label(), pin);
            return new SignalOutput(part, pin, output, null);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception | LinkageError e) {
            // LinkageError: a missing native libgpiod surfaces as UnsatisfiedLinkError.
            String reason = GpioSignals.reason(e);
            LOG.warn("GPIO {} on GPIO {} is offline, signals go on without it: {}", part.label(), pin, reason);
            LOG.debug("Opening the GPIO {} failed", part.label(), e);
            return new SignalOutput(part, pin, null, reason);
        }
    }

    Part part() {
        return part;
    }

    /** Turns the part on or off; after a failure, does nothing. */
    void set(boolean on) {
        if (offlineReason != null || (lastOn != null && lastOn == on)) {
            return;
        }
        write(on);
    }

    /** Turns the part off even if it is believed off already (closing must not trust a stale belief). */
    void forceOff() {
        if (offlineReason == null) {
            write(false);
        }
    }

    /** Removes the pin from the Pi4J registry, so its line is free again; quietly. */
    void release(Context pi4j) {
        if (output == null) {
            return;
        }
        try {
            pi4j.shutdown(output.id());
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception | LinkageError e) {
            LOG.debug("Releasing the GPIO {} failed", part.label(), e);
        }
    }

    GpioDeviceStatus status() {
        String reason = offlineReason;
        return new GpioDeviceStatus(part.label(), pin, reason == null, reason == null ? "" : reason);
    }

    private void write(boolean on) {
        try {
            if (on) {
                output.on();
            } else {
                output.off();
            }
            lastOn = on;
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Exception | LinkageError e) {
            offlineReason = GpioSignals.reason(e);
            lastOn = null;
            LOG.warn("GPIO {} on GPIO {} failed and is now offline: {}", part.label(), pin, offlineReason);
            LOG.debug("Writing the GPIO {} failed", part.label(), e);
        }
    }
}
