package org.backclass.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.backclass.domain.checkin.AttendanceFilter;

/**
 * The check-ins an attendance request covers: the days, both ends inclusive ({@code date}, or
 * {@code from} with {@code to}, or today in the clock's zone; at most {@value #MAX_DAYS} days, so
 * one request cannot make a kiosk walk its whole history), narrowed by {@code classTypeId},
 * {@code sessionId} and {@code memberId} when given.
 */
record AttendanceRange(LocalDate from, LocalDate to, AttendanceFilter filter) {

    static AttendanceRange of(QueryParams query, Clock clock) {
        AttendanceRange days = days(query, clock);
        return new AttendanceRange(days.from(), days.to(), new AttendanceFilter(uuid(query, "classTypeId"),
                uuid(query, "sessionId"), uuid(query, "memberId")));
    }

    private static UUID uuid(QueryParams query, String name) {
        return query.single(name).map(raw -> Uuids.parse(raw, "parameter '" + name + "'")).orElse(null);
    }

    static final int MAX_DAYS = 366;
    private static final String DATE_FORMAT = "a date as YYYY-MM-DD, e.g. 2025-03-14";

    private static AttendanceRange days(QueryParams query, Clock clock) {
        Optional<String> date = query.single("date");
        Optional<String> from = query.single("from");
        Optional<String> to = query.single("to");
        if (date.isPresent()) {
            if (from.isPresent() || to.isPresent()) {
                throw ApiProblem.badRequest("give either 'date' or 'from' and 'to', not both");
            }
            LocalDate day = parseDate("date", date.get());
            return new AttendanceRange(day, day, AttendanceFilter.ALL);
        }
        if (from.isPresent() != to.isPresent()) {
            throw ApiProblem.badRequest("'from' and 'to' go together; for a single day use 'date'");
        }
        if (from.isEmpty()) {
            LocalDate today = LocalDate.now(clock);
            return new AttendanceRange(today, today, AttendanceFilter.ALL);
        }
        LocalDate start = parseDate("from", from.get());
        LocalDate end = parseDate("to", to.get());
        if (end.isBefore(start)) {
            throw ApiProblem.badRequest("'to' (" + end + ") is before 'from' (" + start + ")");
        }
        long days = ChronoUnit.DAYS.between(start, end) + 1;
        if (days > MAX_DAYS) {
            throw ApiProblem.badRequest("the range " + start + " to " + end + " covers " + days
                    + " days; at most " + MAX_DAYS + " are allowed");
        }
        return new AttendanceRange(start, end, AttendanceFilter.ALL);
    }

    static LocalDate parseDate(String name, String text) {
        String problem = "parameter '" + name + "' must be " + DATE_FORMAT + "; got '" + Problems.printable(text) + "'";
        // ISO_LOCAL_DATE alone would also take "+12025-01-01"; four-digit years only.
        if (!text.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
            throw ApiProblem.badRequest(problem);
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw ApiProblem.badRequest(problem);
        }
    }
}
