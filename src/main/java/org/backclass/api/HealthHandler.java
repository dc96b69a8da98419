package org.backclass.api;

import java.util.Set;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.backclass.domain.reader.ReaderStatus;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /api/v1/health}, open. Always 200 while the process answers at all, so a
 * monitor can tell "kiosk up but degraded" (database or a reader down) from "kiosk gone".
 */
final class HealthHandler extends ApiHandler {

    private static final Logger LOG = LoggerFactory.getLogger(HealthHandler.class);

    record Health(String status, String version, long uptimeSeconds, DatabaseHealth database,
            List<ReaderHealth> readers) {
    }

    record DatabaseHealth(boolean ok) {
    }

    record ReaderHealth(String id, String type, String state, String detail, Instant lastReadAt, long errorCount) {
        static ReaderHealth of(ReaderStatus s) {
            return new ReaderHealth(s.readerId(), s.type(), s.state().name().toLowerCase(Locale.ROOT), s.detail(),
                    s.lastReadAt(), s.errorCount());
        }
    }

    private final String version;
    private final Instant startedAt;
    private final Clock clock;
    private final BooleanSupplier databaseHealthy;
    private final Supplier<List<ReaderStatus>> readers;

    HealthHandler(ApiContext context) {
        this.version = context.version();
        this.startedAt = context.startedAt();
        this.clock = context.clock();
        this.databaseHealthy = context.databaseHealthy();
        this.readers = context.readers();
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams.of(request, Set.of());
        boolean dbOk = probeDatabase();
        List<ReaderHealth> readerHealth = readerHealth();
        boolean readersOk = readerHealth != null && readerHealth.stream().allMatch(r -> r.state().equals("online"));
        long uptime = Math.max(0, Duration.between(startedAt, clock.instant()).toSeconds());
        Health health = new Health(dbOk && readersOk ? "ok" : "degraded", version, uptime, new DatabaseHealth(dbOk),
                readerHealth == null ? List.of() : readerHealth);
        Json.send(response, callback, HttpStatus.OK_200, health);
    }

    // A failing probe is itself the answer ("not ok"); the health endpoint must not fail with it.
    private boolean probeDatabase() {
        try {
            return databaseHealthy.getAsBoolean();
        } catch (RuntimeException e) {
            LOG.warn("Database health probe failed", e);
            return false;
        }
    }

    /** Null when the reader statuses could not be read, which also means degraded. */
    private List<ReaderHealth> readerHealth() {
        try {
            return readers.get().stream().map(ReaderHealth::of).toList();
        } catch (RuntimeException e) {
            LOG.warn("Reader status failed", e);
            return null;
        }
    }
}
