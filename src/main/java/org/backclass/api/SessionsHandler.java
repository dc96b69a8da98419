package org.backclass.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.checkin.RosterEntry;
import org.backclass.domain.checkin.RosterQueries;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.domain.timetable.TimetableStore;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/v1/sessions?date=YYYY-MM-DD}: the class sessions of one day (today in the
 * kiosk's zone by default) with who has checked in — for the front desk's "today" view. A viewer
 * may read it, so the roster carries first name and initial and the check-in time only: no pain,
 * no member numbers.
 */
final class SessionsHandler extends ApiHandler {

    static final String PATH = ApiRoutes.PREFIX + "/sessions";
    private static final Set<String> PARAMETERS = Set.of("date");

    record Day(LocalDate date, List<SessionItem> items) {
    }

    record SessionItem(UUID id, UUID classTypeId, String className, Instant startsAt, Instant endsAt, String room,
            String instructorName, int capacity, boolean closed, int checkedIn, List<RosterItem> roster) {
    }

    record RosterItem(UUID memberId, String shortName, Instant checkedInAt) {
        static RosterItem of(RosterEntry e) {
            return new RosterItem(e.memberId(), e.shortName(), e.checkedInAt());
        }
    }

    private final TimetableStore timetable;
    private final RosterQueries rosters;
    private final Clock clock;

    SessionsHandler(TimetableStore timetable, RosterQueries rosters, Clock clock) {
        this.timetable = timetable;
        this.rosters = rosters;
        this.clock = clock;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams query = QueryParams.of(request, PARAMETERS);
        LocalDate day = query.single("date").map(text -> AttendanceRange.parseDate("date", text))
                .orElseGet(() -> LocalDate.now(clock));
        List<SessionItem> items = timetable.sessionsOn(day).stream().map(this::item).toList();
        Json.send(response, callback, HttpStatus.OK_200, new Day(day, items));
    }

    private SessionItem item(ClassSession s) {
        List<RosterItem> roster = rosters.roster(s.id()).stream().map(RosterItem::of).toList();
        return new SessionItem(s.id(), s.classTypeId(), s.className(), s.startsAt(), s.endsAt(), s.room(), s.instructorName(),
                s.capacity(), s.closed(), roster.size(), roster);
    }
}
