package org.backclass.domain.checkin;

import java.time.LocalDate;
import java.util.List;

/**
 * Read port for attendance reports, ordered by check-in time then id. Blocking; safe from
 * any thread except the FX thread.
 */
public interface AttendanceQueries {

    /** Position after which a page starts: the last entry of the previous page. */
    record Cursor(long checkedInAtMillis, String id) {
    }

    /**
     * Up to {@code limit} entries with {@code from <= day <= to} that {@code filter} matches, after
     * {@code after} (null: from the start).
     */
    List<AttendanceEntry> page(LocalDate from, LocalDate to, AttendanceFilter filter, Cursor after, int limit);
}
