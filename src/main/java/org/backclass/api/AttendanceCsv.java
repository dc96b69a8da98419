package org.backclass.api;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.backclass.domain.checkin.AttendanceEntry;
import org.backclass.domain.checkin.AttendanceQueries;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Streams an attendance range as CSV, page by page from the database to the socket, so a year
 * of check-ins never sits in memory and no read transaction stays open while a slow client
 * downloads. Rows come day by day, each day by check-in time. Blocking writes: runs on the
 * request's worker thread.
 */
final class AttendanceCsv {

    private static final Logger LOG = LoggerFactory.getLogger(AttendanceCsv.class);
    static final String CONTENT_TYPE = "text/csv; charset=utf-8";
    /** Rows per database read; each page is its own unit of work. */
    static final int PAGE = 5000;
    static final List<String> HEADER = List.of("id", "day", "checkedInAt", "memberId", "firstName", "lastName",
            "memberNumber", "classSessionId", "className", "classStartsAt", "room", "openGym");

    private AttendanceCsv() {
    }

    /**
     * @throws org.backclass.domain.StorageException when the first page cannot be read: nothing
     *         has been sent yet, so the caller can still answer 503
     */
    static void stream(AttendanceQueries attendance, AttendanceRange range, Request request, Response response,
            Callback callback) {
        List<AttendanceEntry> page = attendance.page(range.from(), range.from(), range.filter(), null, PAGE);
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION,
                "attachment; filename=\"attendance-" + range.from() + "-" + range.to() + ".csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(
                Response.asBufferedOutputStream(request, response), StandardCharsets.UTF_8), 1 << 16);
        try {
            CsvWriter csv = new CsvWriter(writer);
            csv.row(HEADER);
            Cells cells = new Cells();
            // Day by day: a page of one day sorts only that day's rows, where a page of the whole range
            // would sort the rest of the range again for every page (a year took minutes, not seconds).
            for (LocalDate day = range.from(); !day.isAfter(range.to()); day = day.plusDays(1)) {
                if (!day.equals(range.from())) {
                    page = attendance.page(day, day, range.filter(), null, PAGE);
                }
                while (!page.isEmpty()) {
                    for (AttendanceEntry entry : page) {
                        csv.row(cells.of(entry));
                    }
                    if (page.size() < PAGE) {
                        break;
                    }
                    AttendanceEntry last = page.get(page.size() - 1);
                    page = attendance.page(day, day, range.filter(), new AttendanceQueries.Cursor(
                            last.checkedInAt().toEpochMilli(), last.id().toString()), PAGE);
                }
            }
            // Closing sends the last chunk; only a complete file may end normally.
            writer.close();
        } catch (IOException e) {
            // Usually the client went away mid-download; nothing to answer.
            LOG.info("Attendance CSV {}..{} not completed: {}", range.from(), range.to(), e.getMessage());
            callback.failed(e);
            return;
        } catch (RuntimeException e) {
            // Headers may be out already; then aborting is the only honest end, never a short "complete" file.
            Problems.sendInternalError(request, response, callback, e);
            return;
        }
        callback.succeeded();
    }

    static List<String> cells(AttendanceEntry e) {
        return new Cells().of(e);
    }

    /**
     * One export's cells. A year is a million rows but only a few hundred days and sessions, so
     * the day's and each session's text is made once, and times are written without the general
     * formatter (the same ISO-8601 text as {@link java.time.Instant#toString()}).
     */
    private static final class Cells {
        private LocalDate day;
        private String dayText;
        private final Map<UUID, String[]> sessions = new HashMap<>();

        List<String> of(AttendanceEntry e) {
            if (!e.day().equals(day)) {
                day = e.day();
                dayText = day.toString();
                sessions.clear();
            }
            String[] session = e.classSessionId() == null ? NO_SESSION : sessions.computeIfAbsent(e.classSessionId(),
                    id -> new String[] {id.toString(), CsvWriter.text(e.className()),
                            e.classStartsAt() == null ? null : IsoInstant.format(e.classStartsAt()),
                            CsvWriter.text(e.room()), "false"});
            return Arrays.asList(e.id().toString(), dayText, IsoInstant.format(e.checkedInAt()),
                    Objects.toString(e.memberId(), null), CsvWriter.text(e.firstName()), CsvWriter.text(e.lastName()),
                    CsvWriter.text(e.memberNumber()), session[0], session[1], session[2], session[3], session[4]);
        }

        private static final String[] NO_SESSION = {null, null, null, null, "true"};
    }
}
