package org.backclass.hardware.gpio;

import com.pi4j.context.Context;
import com.pi4j.io.gpio.digital.DigitalOutput;
import com.pi4j.io.gpio.digital.DigitalState;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.backclass.hardware.gpio.SignalPattern.Part;

/** Records every state change of the signal outputs in a context, with the scheduler's time. */
final class SignalRecorder {

    /** Part {@code part} went {@code state} at {@code atMillis}. */
    record Change(long atMillis, Part part, DigitalState state) {
        @Override
        public String toString() {
            return atMillis + "ms " + part + " " + state;
        }
    }

    static Change at(long millis, Part part, DigitalState state) {
        return new Change(millis, part, state);
    }

    private final List<Change> changes = new CopyOnWriteArrayList<>();

    /** Listens to every opened signal output in {@code pi4j}; time comes from {@code clock}. */
    SignalRecorder(Context pi4j, LongSupplier clock) {
        for (Part part : Part.values()) {
            String id = GpioSignals.ioId(part);
            if (pi4j.registry().exists(id)) {
                DigitalOutput output = pi4j.registry().get(id, DigitalOutput.class);
                output.addListener(e -> changes.add(new Change(clock.getAsLong(), part, e.state())));
            }
        }
    }

    List<Change> changes() {
        return List.copyOf(changes);
    }

    void clear() {
        changes.clear();
    }

    static DigitalState stateOf(Context pi4j, Part part) {
        return pi4j.registry().get(GpioSignals.ioId(part), DigitalOutput.class).state();
    }
}
