package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.backclass.domain.privacy.AuditEntry;
import org.backclass.domain.privacy.Erasure;
import org.backclass.domain.privacy.MemberPrivacy;

/**
 * {@link MemberPrivacy} on SQLite. Reads every table that has a {@code member_id}; a new such
 * table must be added to {@link #RECORDS} and, if it is health or training data, to
 * {@link #ERASED_TABLES} (the erasure test checks every text column of every table).
 */
public final class JdbcMemberPrivacy implements MemberPrivacy {

    /** Export key to table, in the order the export lists them. */
    private static final Map<String, String> RECORDS = records();
    /** Deleted on erasure: health answers, consent and training records. */
    private static final List<String> ERASED_TABLES = List.of("pain_report", "red_flag_answer", "class_feedback",
            "outcome_answer", "outcome_not_now", "health_consent", "exercise_record", "level_change");
    /** What an erased member's row still says: a placeholder, never the old name. */
    static final String ERASED_FIRST_NAME = "Erased";
    static final String ERASED_LAST_NAME = "member";
    /** Stands in for an erased staff member where they acted for someone else (decisions, cleared flags). */
    static final String ERASED_ACTOR = "ERASED";

    private final Database db;
    private final Clock clock;

    public JdbcMemberPrivacy(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    private static Map<String, String> records() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("cards", "card");
        m.put("attendance", "attendance");
        m.put("painReports", "pain_report");
        m.put("afterClass", "class_feedback");
        m.put("redFlags", "red_flag_answer");
        m.put("consentHistory", "health_consent");
        m.put("outcomes", "outcome_answer");
        m.put("outcomesPutOff", "outcome_not_now");
        m.put("exerciseRecords", "exercise_record");
        m.put("levelDecisions", "level_change");
        return m;
    }

    @Override
    public Optional<LinkedHashMap<String, Object>> export(UUID memberId) {
        return db.read(c -> {
            List<Map<String, Object>> member = rows(c, "SELECT * FROM member WHERE id = ? AND deleted = 0", memberId);
            if (member.isEmpty()) {
                return Optional.empty();
            }
            LinkedHashMap<String, Object> out = new LinkedHashMap<>();
            out.put("member", member.get(0));
            for (Map.Entry<String, String> e : RECORDS.entrySet()) {
                out.put(e.getKey(), rows(c, "SELECT * FROM " + e.getValue() + " WHERE member_id = ? ORDER BY rowid",
                        memberId));
            }
            return Optional.of(out);
        });
    }

    private static List<Map<String, Object>> rows(Connection c, String sql, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, memberId.toString());
            List<Map<String, Object>> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                ResultSetMetaData meta = rs.getMetaData();
                while (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= meta.getColumnCount(); i++) {
                        String column = meta.getColumnName(i);
                        row.put(camelCase(column), value(column, rs.getObject(i)));
                    }
                    out.add(row);
                }
            }
            return out;
        }
    }

    /** Epoch-millisecond stamps ({@code *_at}) as ISO-8601 instants, so the export reads without a key. */
    private static Object value(String column, Object raw) {
        if (raw instanceof Number n && column.endsWith("_at")) {
            return Instant.ofEpochMilli(n.longValue()).toString();
        }
        return raw;
    }

    static String camelCase(String column) {
        StringBuilder b = new StringBuilder();
        boolean upper = false;
        for (char ch : column.toCharArray()) {
            if (ch == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(ch) : ch);
                upper = false;
            }
        }
        return b.toString();
    }

    @Override
    public Optional<Erasure> erase(UUID memberId, AuditEntry audit) {
        return db.write(c -> {
            String id = memberId.toString();
            Optional<Instant> earlier = earlierErasure(c, id);
            if (earlier.isPresent()) {
                return Optional.of(new Erasure(memberId, earlier.get(), true));
            }
            if (rows(c, "SELECT id FROM member WHERE id = ? AND deleted = 0", memberId).isEmpty()) {
                return Optional.empty();
            }
            // Freed space is overwritten with zeros, so the old values do not linger in the file.
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA secure_delete = ON");
            }
            long now = clock.millis();
            for (String table : ERASED_TABLES) {
                update(c, "DELETE FROM " + table + " WHERE member_id = ?", id);
            }
            // A staff member's decisions about others stay, without naming the erased person.
            update(c, "UPDATE level_change SET decided_by = ?, modified_at = ?, kiosk_id = ? WHERE decided_by = ?",
                    ERASED_ACTOR, now, db.kioskId(), id);
            update(c, "UPDATE red_flag_answer SET resolved_by = ?, modified_at = ?, kiosk_id = ?"
                    + " WHERE resolved_by = ?", ERASED_ACTOR, now, db.kioskId(), id);
            // Attendance stays (counts per day and class hold), detached from the card.
            update(c, "UPDATE attendance SET card_id = NULL, modified_at = ?, kiosk_id = ? WHERE member_id = ?",
                    now, db.kioskId(), id);
            update(c, "DELETE FROM card_alias WHERE card_id IN (SELECT id FROM card WHERE member_id = ?)", id);
            update(c, "DELETE FROM card WHERE member_id = ?", id);
            update(c, """
                    UPDATE member SET first_name = ?, last_name = ?, member_number = NULL, email = NULL, staff = 0,
                        deleted = 1, modified_at = ?, kiosk_id = ? WHERE id = ?""",
                    ERASED_FIRST_NAME, ERASED_LAST_NAME, now, db.kioskId(), id);
            update(c, "INSERT INTO erasure (id, kiosk_id, modified_at, member_id, erased_at) VALUES (?, ?, ?, ?, ?)",
                    UUID.randomUUID().toString(), db.kioskId(), now, id, now);
            JdbcAuditLog.insert(c, audit);
            return Optional.of(new Erasure(memberId, Instant.ofEpochMilli(now), false));
        });
    }

    private static Optional<Instant> earlierErasure(Connection c, String id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "SELECT erased_at FROM erasure WHERE member_id = ? AND deleted = 0")) {
            st.setString(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(Instant.ofEpochMilli(rs.getLong(1))) : Optional.empty();
            }
        }
    }

    private static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            return st.executeUpdate();
        }
    }
}
