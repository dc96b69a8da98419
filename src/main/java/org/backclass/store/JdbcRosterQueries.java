package org.backclass.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.checkin.RosterEntry;
import org.backclass.domain.checkin.RosterQueries;
import org.backclass.domain.member.MemberName;

/** {@link RosterQueries} on SQLite. */
public final class JdbcRosterQueries implements RosterQueries {

    private static final String ROSTER = """
            SELECT m.id, m.first_name, m.last_name, a.checked_in_at,
                   (SELECT p.score FROM pain_report p
                    WHERE p.attendance_id = a.id AND p.context = ? AND p.deleted = 0
                    ORDER BY p.reported_at DESC LIMIT 1) AS pain,
                   (SELECT p.score FROM pain_report p
                    WHERE p.member_id = m.id AND p.context = ? AND p.deleted = 0
                      AND p.reported_at < a.checked_in_at
                    ORDER BY p.reported_at DESC LIMIT 1) AS previous_pain
            FROM attendance a JOIN member m ON m.id = a.member_id AND m.deleted = 0
            WHERE a.class_session_id = ? AND a.deleted = 0
            ORDER BY a.checked_in_at, a.id""";

    private final Database db;

    public JdbcRosterQueries(Database db) {
        this.db = db;
    }

    @Override
    public List<RosterEntry> roster(UUID classSessionId) {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(ROSTER)) {
                st.setString(1, PainReport.AT_CHECK_IN);
                st.setString(2, PainReport.AT_CHECK_IN);
                st.setString(3, classSessionId.toString());
                List<RosterEntry> out = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        int score = rs.getInt("pain");
                        Integer pain = rs.wasNull() ? null : score;
                        int before = rs.getInt("previous_pain");
                        Integer previous = rs.wasNull() ? null : before;
                        out.add(new RosterEntry(Rows.uuid(rs, "id"),
                                new MemberName(rs.getString("first_name"), rs.getString("last_name")).shortName(),
                                Rows.instant(rs, "checked_in_at"), pain, previous));
                    }
                }
                return out;
            }
        });
    }
}
