package org.backclass.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.checkin.AttendanceEntry;
import org.backclass.domain.checkin.AttendanceFilter;
import org.backclass.domain.checkin.AttendanceQueries;

/** {@link AttendanceQueries} on SQLite, keyset-paginated on (checked_in_at, id). */
public final class JdbcAttendanceQueries implements AttendanceQueries {

    private static final String SELECT = """
            SELECT a.id, a.day, a.checked_in_at, a.member_id, m.first_name, m.last_name, m.member_number,
                   a.class_session_id, t.name AS class_name, s.starts_at, s.room
            FROM attendance a
            JOIN member m ON m.id = a.member_id
            LEFT JOIN class_session s ON s.id = a.class_session_id
            LEFT JOIN class_type t ON t.id = s.class_type_id
            WHERE a.deleted = 0 AND a.day BETWEEN ? AND ?""";
    private static final String ORDER = " ORDER BY a.checked_in_at, a.id";
    private static final String CLASS_TYPE = " AND s.class_type_id = ?";
    private static final String SESSION = " AND a.class_session_id = ?";
    private static final String MEMBER = " AND a.member_id = ?";
    private static final String AFTER = " AND (a.checked_in_at > ? OR (a.checked_in_at = ? AND a.id > ?))";

    private final Database db;

    public JdbcAttendanceQueries(Database db) {
        this.db = db;
    }

    @Override
    public List<AttendanceEntry> page(LocalDate from, LocalDate to, AttendanceFilter filter, Cursor after,
            int limit) {
        return db.read(c -> {
            String sql = SELECT + (filter.classTypeId() == null ? "" : CLASS_TYPE)
                    + (filter.sessionId() == null ? "" : SESSION) + (filter.memberId() == null ? "" : MEMBER)
                    + (after == null ? "" : AFTER) + ORDER + " LIMIT ?";
            try (PreparedStatement st = c.prepareStatement(sql)) {
                int i = 1;
                st.setString(i++, from.toString());
                st.setString(i++, to.toString());
                for (UUID id : new UUID[] {filter.classTypeId(), filter.sessionId(), filter.memberId()}) {
                    if (id != null) {
                        st.setString(i++, id.toString());
                    }
                }
                if (after != null) {
                    st.setLong(i++, after.checkedInAtMillis());
                    st.setLong(i++, after.checkedInAtMillis());
                    st.setString(i++, after.id());
                }
                st.setInt(i, limit);
                List<AttendanceEntry> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        out.add(entry(rs));
                    }
                }
                return out;
            }
        });
    }

    private static AttendanceEntry entry(ResultSet rs) throws SQLException {
        return new AttendanceEntry(Rows.uuid(rs, "id"), LocalDate.parse(rs.getString("day")),
                Rows.instant(rs, "checked_in_at"), Rows.uuid(rs, "member_id"), rs.getString("first_name"),
                rs.getString("last_name"), rs.getString("member_number"), Rows.uuid(rs, "class_session_id"),
                rs.getString("class_name"), Rows.instant(rs, "starts_at"), rs.getString("room"));
    }
}
