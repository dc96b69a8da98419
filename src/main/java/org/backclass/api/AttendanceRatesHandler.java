package org.backclass.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.progress.ProgressQueries;
import org.backclass.domain.progress.adherence.MemberAttendanceRate;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/v1/attendance/rates?from&to&below}: attendance in percent per member over a
 * range, against the sessions of the member's own weekly slots (the adherence rules), lowest
 * first — so the front desk sees who is dropping out. Counts and short names only: a viewer may
 * read it. JSON, or CSV with {@code Accept: text/csv} or {@code format=csv}.
 */
final class AttendanceRatesHandler extends ApiHandler {

    static final String PATH = ApiRoutes.PREFIX + "/attendance/rates";
    static final List<String> CSV_HEADER = List.of("memberId", "shortName", "attended", "scheduled", "percent");
    private static final Set<String> PARAMETERS = Set.of("from", "to", "below", "format");
    /** Lowest first; members with nothing scheduled last; then by name, then id, so pages of output are stable. */
    private static final Comparator<Item> ORDER = Comparator
            .comparing(Item::percent, Comparator.nullsLast(Comparator.<Integer>naturalOrder()))
            .thenComparing(Item::shortName).thenComparing(Item::memberId);

    record Rates(LocalDate from, LocalDate to, List<Item> items) {
    }

    record Item(UUID memberId, String shortName, int attended, int scheduled, Integer percent) {
        static Item of(MemberAttendanceRate r) {
            return new Item(r.memberId(), r.shortName(), r.rate().attended(), r.rate().scheduled(),
                    r.rate().percent());
        }
    }

    private final ProgressQueries progress;
    private final Clock clock;

    AttendanceRatesHandler(ProgressQueries progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams query = QueryParams.of(request, PARAMETERS);
        String from = query.single("from").orElse(null);
        String to = query.single("to").orElse(null);
        if (from == null || to == null) {
            throw ApiProblem.badRequest("'from' and 'to' are required (YYYY-MM-DD, both inclusive)");
        }
        LocalDate start = AttendanceRange.parseDate("from", from);
        LocalDate end = AttendanceRange.parseDate("to", to);
        if (end.isBefore(start)) {
            throw ApiProblem.badRequest("'to' (" + end + ") is before 'from' (" + start + ")");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > AttendanceRange.MAX_DAYS) {
            throw ApiProblem.badRequest("the range " + start + " to " + end + " covers " + days
                    + " days; at most " + AttendanceRange.MAX_DAYS + " are allowed");
        }
        // -1 stands for "no threshold": every member is listed.
        int below = query.intIn("below", 0, 100, -1);
        boolean csv = AttendanceHandler.wantsCsv(query, request);
        response.getHeaders().add(HttpHeader.VARY, "Accept"); // add: CORS may have put Origin there

        List<Item> items = progress.attendanceRates(start, end, LocalDate.now(clock)).stream()
                .filter(r -> below < 0 || r.rate().below(below))
                .map(Item::of).sorted(ORDER).toList();
        if (csv) {
            List<List<String>> rows = items.stream().map(i -> List.of(i.memberId().toString(),
                    Objects.requireNonNullElse(CsvWriter.text(i.shortName()), ""), Integer.toString(i.attended()),
                    Integer.toString(i.scheduled()), Objects.toString(i.percent(), ""))).toList();
            CsvDownload.send(response, callback, "attendance-rates-" + start + "-" + end + ".csv",
                    CsvDownload.render(CSV_HEADER, rows));
            return;
        }
        Json.send(response, callback, HttpStatus.OK_200, new Rates(start, end, items));
    }
}
