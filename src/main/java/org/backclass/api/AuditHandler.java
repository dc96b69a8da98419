package org.backclass.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.backclass.domain.privacy.AuditEntry;
import org.backclass.domain.privacy.AuditLog;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/v1/audit?from=&to=&limit=&cursor=} (admin): the audit log, newest first.
 * {@code from} and {@code to} are days (YYYY-MM-DD, both inclusive, in the kiosk's zone), each
 * optional; {@code cursor} is the {@code nextCursor} of the previous page.
 */
final class AuditHandler extends ApiHandler {

    static final String PATH = ApiRoutes.PREFIX + "/audit";
    private static final int DEFAULT_LIMIT = 100;
    private static final int MAX_LIMIT = 1000;

    record Item(Instant at, String actor, String action, String target, String detail) {
    }

    record Page(List<Item> items, String nextCursor) {
    }

    private final AuditLog audit;
    private final Clock clock;

    AuditHandler(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams query = QueryParams.of(request, Set.of("from", "to", "limit", "cursor"));
        Optional<LocalDate> fromDay = query.single("from").map(d -> day("from", d));
        Optional<LocalDate> toDay = query.single("to").map(d -> day("to", d));
        if (fromDay.isPresent() && toDay.isPresent() && toDay.get().isBefore(fromDay.get())) {
            throw ApiProblem.badRequest("'to' (" + toDay.get() + ") is before 'from' (" + fromDay.get() + ")");
        }
        Instant from = fromDay.map(d -> d.atStartOfDay(clock.getZone()).toInstant()).orElse(Instant.EPOCH);
        Instant to = toDay.map(d -> d.plusDays(1).atStartOfDay(clock.getZone()).toInstant())
                .orElse(Instant.ofEpochMilli(Long.MAX_VALUE));
        int limit = query.intIn("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        OptionalLong before = cursor(query.single("cursor"));
        List<AuditEntry> entries = audit.page(from, to, limit + 1, before);
        boolean more = entries.size() > limit;
        List<AuditEntry> shown = more ? entries.subList(0, limit) : entries;
        String next = more ? Long.toString(shown.get(shown.size() - 1).seq()) : null;
        Json.send(response, callback, HttpStatus.OK_200, new Page(shown.stream()
                .map(e -> new Item(e.at(), e.actor(), e.action(), e.target(), e.detail())).toList(), next));
    }

    /**
     * Four-digit years only, as everywhere else: {@code LocalDate.parse} alone takes
     * {@code +999999999-12-31}, whose next midnight or epoch millis no longer exist (a 500).
     */
    private static LocalDate day(String name, String raw) {
        return AttendanceRange.parseDate(name, raw.strip());
    }

    private static OptionalLong cursor(Optional<String> raw) {
        if (raw.isEmpty()) {
            return OptionalLong.empty();
        }
        if (!raw.get().matches("[1-9][0-9]{0,17}")) {
            throw ApiProblem.badRequest("parameter 'cursor' is not a cursor from a previous page; use nextCursor"
                    + " as given");
        }
        return OptionalLong.of(Long.parseLong(raw.get()));
    }
}
