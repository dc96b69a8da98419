package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.timetable.ClassSession;

/**
 * Class sessions on a connection: a day's sessions are created from the weekly timetable
 * the first time anyone asks for that day. The id of such a session is derived from its slot
 * and date, so every kiosk that materialises the same slot gets the same row and their
 * attendance rows point at one session when they sync.
 */
final class ClassSessionRows {

    private static final String TIMETABLE_FOR_WEEKDAY = """
            SELECT id, class_type_id, start_time, length_min, room, instructor_id, capacity
            FROM timetable_entry WHERE weekday = ? AND deleted = 0""";
    private static final String INSERT_FROM_SLOT = """
            INSERT OR IGNORE INTO class_session (id, kiosk_id, modified_at, timetable_entry_id, class_type_id,
                session_date, starts_at, ends_at, room, instructor_id, capacity)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String SESSIONS_ON = """
            SELECT s.id, t.name AS class_name, s.session_date, s.starts_at, s.ends_at, s.room,
                   st.name AS instructor_name, s.capacity, s.closed_at, t.programme_id, s.class_type_id
            FROM class_session s
            JOIN class_type t ON t.id = s.class_type_id
            LEFT JOIN staff st ON st.id = s.instructor_id
            WHERE s.session_date = ? AND s.deleted = 0
            ORDER BY s.starts_at, s.id""";

    private static final String MISSING_SLOTS = """
            SELECT COUNT(*) FROM timetable_entry e
            WHERE e.weekday = ? AND e.deleted = 0 AND NOT EXISTS (
                SELECT 1 FROM class_session s WHERE s.timetable_entry_id = e.id AND s.session_date = ?)""";

    private final Clock clock;
    private final String kioskId;

    ClassSessionRows(Clock clock, String kioskId) {
        this.clock = clock;
        this.kioskId = kioskId;
    }

    List<ClassSession> sessionsOn(Connection c, LocalDate day) throws SQLException {
        materialise(c, day);
        return listOn(c, day);
    }

    /** The one id of a weekly slot's session on a day, the same on every kiosk. */
    static UUID sessionId(String timetableEntryId, LocalDate day) {
        return UUID.nameUUIDFromBytes(("class-session:" + timetableEntryId + ":" + day)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** True when every weekly slot of the day already has its session (then a read suffices). */
    static boolean isMaterialised(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(MISSING_SLOTS)) {
            st.setInt(1, day.getDayOfWeek().getValue());
            st.setString(2, day.toString());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 0;
            }
        }
    }

    /** Lists what exists without creating anything; fine on a read-only connection. */
    static List<ClassSession> listOn(Connection c, LocalDate day) throws SQLException {
        List<ClassSession> out = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(SESSIONS_ON)) {
            st.setString(1, day.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new ClassSession(Rows.uuid(rs, "id"), rs.getString("class_name"),
                            LocalDate.parse(rs.getString("session_date")), Rows.instant(rs, "starts_at"),
                            Rows.instant(rs, "ends_at"), rs.getString("room"), rs.getString("instructor_name"),
                            rs.getInt("capacity"), Rows.instant(rs, "closed_at"), rs.getString("programme_id"),
                            classTypeId(rs.getString("class_type_id"))));
                }
            }
        }
        return out;
    }

    /**
     * The class type's id, or null when a row (e.g. one synced from elsewhere) holds something
     * that is not a UUID: the day's sessions must still show on the kiosk.
     */
    private static UUID classTypeId(String text) {
        try {
            return text == null ? null : UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private void materialise(Connection c, LocalDate day) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(TIMETABLE_FOR_WEEKDAY);
                PreparedStatement insert = c.prepareStatement(INSERT_FROM_SLOT)) {
            select.setInt(1, day.getDayOfWeek().getValue());
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    Instant start = LocalTime.parse(rs.getString("start_time")).atDate(day)
                            .atZone(clock.getZone()).toInstant();
                    Instant end = start.plus(Duration.ofMinutes(rs.getInt("length_min")));
                    insert.setString(1, sessionId(rs.getString("id"), day).toString());
                    insert.setString(2, kioskId);
                    insert.setLong(3, clock.millis());
                    insert.setString(4, rs.getString("id"));
                    insert.setString(5, rs.getString("class_type_id"));
                    insert.setString(6, day.toString());
                    insert.setLong(7, start.toEpochMilli());
                    insert.setLong(8, end.toEpochMilli());
                    insert.setString(9, rs.getString("room"));
                    insert.setString(10, rs.getString("instructor_id"));
                    insert.setInt(11, rs.getInt("capacity"));
                    insert.executeUpdate();
                }
            }
        }
    }
}
