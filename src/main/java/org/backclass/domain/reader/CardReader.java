package org.backclass.domain.reader;

import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CheckInOutcome;
import java.util.function.Function;

/**
 * A source of card reads (hardware, or the simulator). Implementations own their threads:
 * {@link #start} returns at once and the reader then calls the sink from its own thread, one
 * read at a time. A broken or missing device is reported through {@link #status()}, never by
 * throwing from {@code start}.
 */
public interface CardReader extends AutoCloseable {

    String id();

    void start(Function<CardRead, CheckInOutcome> sink);

    ReaderStatus status();

    /** Stops the reader's threads and releases the device; idempotent. */
    @Override
    void close();
}
