package org.backclass.app;

import com.pi4j.context.Context;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.backclass.config.KioskConfig;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.event.KioskEvents;
import org.backclass.domain.feedback.SignalsOnCheckIn;
import org.backclass.domain.reader.CardReader;
import org.backclass.domain.reader.ReaderStatus;
import org.backclass.domain.reader.SimulatedTaps;
import org.backclass.hardware.Pi4jContexts;
import org.backclass.hardware.SimulatedCardReader;
import org.backclass.hardware.gpio.GpioSettings;
import org.backclass.hardware.gpio.GpioSignals;
import org.backclass.hardware.gpio.NextButton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's hardware, from its settings: the card reader (simulated, RC522 on SPI or a USB
 * keyboard-style reader), and on the GPIO header the buzzer, LEDs and "next" button. One Pi4J
 * context, created only when a hardware reader or a GPIO part is configured, and shut down
 * last. Nothing here stops the kiosk: a device that cannot be opened reports itself offline.
 */
final class KioskHardware {

    private static final Logger LOG = LoggerFactory.getLogger(KioskHardware.class);
    static final String READER_ID = "reader-1";

    private final CardReader reader;
    private final SimulatedCardReader simulator;
    private final AtomicReference<Runnable> nextButtonTarget = new AtomicReference<>(() -> { });

    private KioskHardware(CardReader reader, SimulatedCardReader simulator) {
        this.reader = reader;
        this.simulator = simulator;
    }

    /**
     * Opens everything the settings name, registers each part with the lifecycle (GPIO at
     * {@code HARDWARE}, the reader at {@code READERS}, the Pi4J context at {@code PI4J}) and starts
     * the reader feeding {@code sink}.
     */
    static KioskHardware start(KioskConfig config, Clock clock, Lifecycle lifecycle, KioskEvents events,
            Function<CardRead, CheckInOutcome> sink) {
        Context pi4j = null;
        if (config.reader().hardware() || config.gpio().anyFitted()) {
            pi4j = Pi4jContexts.create(config.gpio().chipLabel());
            Context created = pi4j;
            lifecycle.onStop(Lifecycle.Stage.PI4J, "Pi4J", () -> Pi4jContexts.shutdown(created));
        }
        KioskHardware hardware = config.reader().hardware()
                ? new KioskHardware(HardwareReaders.open(pi4j, READER_ID, config.reader(), clock), null)
                : simulated(clock);
        hardware.reader.start(sink);
        lifecycle.onStop(Lifecycle.Stage.READERS, "card reader", hardware.reader);
        LOG.info("Card reader {}: {}", READER_ID, hardware.reader.status());
        if (config.gpio().anyFitted()) {
            hardware.startGpio(pi4j, config.gpio(), lifecycle, events);
        }
        return hardware;
    }

    private static KioskHardware simulated(Clock clock) {
        SimulatedCardReader simulator = new SimulatedCardReader("simulated-1", clock);
        return new KioskHardware(simulator, simulator);
    }

    private void startGpio(Context pi4j, KioskConfig.Gpio gpio, Lifecycle lifecycle, KioskEvents events) {
        GpioSettings settings = new GpioSettings(gpio.buzzer(), gpio.greenLed(), gpio.redLed(), gpio.nextButton(),
                false, true, gpio.debounce(),
                gpio.chipLabel());
        GpioSignals signals = new GpioSignals(pi4j, settings);
        lifecycle.onStop(Lifecycle.Stage.HARDWARE, "GPIO signals", signals);
        events.subscribe(new SignalsOnCheckIn(signals));
        if (gpio.nextButton() != null) {
            NextButton button = new NextButton(pi4j, settings, () -> nextButtonTarget.get().run());
            lifecycle.onStop(Lifecycle.Stage.HARDWARE, "next button", button);
        }
        LOG.info("GPIO: {}", signals.status());
    }

    CardReader reader() {
        return reader;
    }

    /** The simulated reader's taps, when the reader is the simulator. */
    Optional<SimulatedTaps> simulator() {
        return Optional.ofNullable(simulator);
    }

    List<ReaderStatus> readerStatuses() {
        return List.of(reader.status());
    }

    /** What the physical "next" button does (called on Pi4J's input thread). */
    void onNextButton(Runnable target) {
        nextButtonTarget.set(target);
    }
}
