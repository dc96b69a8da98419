package org.backclass.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.checkin.AttendanceEntry;
import org.backclass.domain.checkin.AttendanceQueries;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/v1/attendance}: check-ins for a day or a range, optionally of one class type,
 * session or member, as cursor-paginated JSON or,
 * for spreadsheets, as one streamed CSV file ({@code Accept: text/csv} or {@code format=csv}).
 */
final class AttendanceHandler extends ApiHandler {

    static final int DEFAULT_LIMIT = 500;
    static final int MAX_LIMIT = 5000;
    private static final Set<String> PARAMETERS = Set.of("date", "from", "to", "limit", "cursor", "format",
            "classTypeId", "sessionId", "memberId");

    record Page(LocalDate from, LocalDate to, List<Item> items, String nextCursor) {
    }

    record Item(UUID id, LocalDate day, Instant checkedInAt, UUID memberId, String firstName, String lastName,
            String memberNumber, UUID classSessionId, String className, Instant classStartsAt, String room,
            boolean openGym) {
        static Item of(AttendanceEntry e) {
            return new Item(e.id(), e.day(), e.checkedInAt(), e.memberId(), e.firstName(), e.lastName(),
                    e.memberNumber(), e.classSessionId(), e.className(), e.classStartsAt(), e.room(),
                    e.classSessionId() == null);
        }
    }

    private final AttendanceQueries attendance;
    private final Clock clock;

    AttendanceHandler(AttendanceQueries attendance, Clock clock) {
        this.attendance = attendance;
        this.clock = clock;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams query = QueryParams.of(request, PARAMETERS);
        AttendanceRange range = AttendanceRange.of(query, clock);
        boolean csv = wantsCsv(query, request);
        response.getHeaders().add(HttpHeader.VARY, "Accept"); // add: CORS may have put Origin there
        if (csv) {
            if (query.has("limit") || query.has("cursor")) {
                throw ApiProblem.badRequest("'limit' and 'cursor' page JSON only; CSV always holds the whole range");
            }
            AttendanceCsv.stream(attendance, range, request, response, callback);
            return;
        }
        int limit = query.intIn("limit", 1, MAX_LIMIT, DEFAULT_LIMIT);
        AttendanceQueries.Cursor after = query.single("cursor").map(AttendanceCursor::parse).orElse(null);
        // One row more than asked tells whether another page exists, so the last page has no cursor.
        List<AttendanceEntry> rows = attendance.page(range.from(), range.to(), range.filter(), after, limit + 1);
        List<AttendanceEntry> page = rows.size() > limit ? rows.subList(0, limit) : rows;
        String next = rows.size() > limit ? AttendanceCursor.after(page.get(page.size() - 1)) : null;
        Json.send(response, callback, HttpStatus.OK_200,
                new Page(range.from(), range.to(), page.stream().map(Item::of).toList(), next));
    }

    /** {@code format} wins over {@code Accept}; without either the answer is JSON. */
    static boolean wantsCsv(QueryParams query, Request request) {
        Optional<String> format = query.single("format");
        if (format.isPresent()) {
            return switch (format.get().strip().toLowerCase(Locale.ROOT)) {
                case "csv" -> true;
                case "json" -> false;
                default -> throw ApiProblem.badRequest("parameter 'format' must be json or csv; got '"
                        + Problems.printable(format.get()) + "'");
            };
        }
        for (String type : request.getHeaders().getQualityCSV(HttpHeader.ACCEPT)) {
            String mediaType = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (mediaType.equals("text/csv")) {
                return true;
            }
            if (mediaType.equals("application/json") || mediaType.equals("application/*") || mediaType.equals("*/*")) {
                return false;
            }
        }
        return false;
    }
}
