package org.backclass.hardware;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.card.RawCardFormat;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.reader.CardReader;
import org.backclass.domain.reader.ReaderStatus;
import org.backclass.domain.reader.SimulatedTaps;

/**
 * A card reader with no hardware: taps come from the API, the demo keys or a test, and take
 * the same sink a hardware reader feeds. The sink runs on the tapping thread.
 */
public final class SimulatedCardReader implements CardReader, SimulatedTaps {

    public static final String TYPE = "simulated";

    private final String id;
    private final Clock clock;
    private final AtomicReference<Function<CardRead, CheckInOutcome>> sink = new AtomicReference<>();
    private final AtomicReference<Instant> lastRead = new AtomicReference<>();
    private final AtomicLong errors = new AtomicLong();

    public SimulatedCardReader(String id, Clock clock) {
        this.id = id;
        this.clock = clock;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public void start(Function<CardRead, CheckInOutcome> sink) {
        this.sink.set(sink);
    }

    @Override
    public CheckInOutcome tap(String raw, RawCardFormat format) {
        Function<CardRead, CheckInOutcome> target = sink.get();
        if (target == null) {
            throw new IllegalStateException("the simulated reader is not running");
        }
        CardRead read;
        try {
            read = CardRead.parse(id, raw, format);
        } catch (RuntimeException e) {
            errors.incrementAndGet();
            throw e;
        }
        lastRead.set(clock.instant());
        return target.apply(read);
    }

    @Override
    public ReaderStatus status() {
        boolean running = sink.get() != null;
        return new ReaderStatus(id, TYPE, running ? ReaderStatus.State.ONLINE : ReaderStatus.State.OFFLINE,
                running ? "simulated reader: taps come from the API or the demo keys" : "stopped",
                lastRead.get(), errors.get());
    }

    @Override
    public void close() {
        sink.set(null);
    }
}
