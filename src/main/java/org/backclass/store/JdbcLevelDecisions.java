package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.backclass.domain.staff.ActedBy;
import org.backclass.domain.progress.LevelChange;
import org.backclass.domain.progress.LevelDecision;
import org.backclass.domain.progress.LevelDecisions;
import org.backclass.domain.progress.progression.Proposal;
import org.backclass.domain.progress.progression.Reason;

/**
 * {@link LevelDecisions} on SQLite. A second decision on the same member, class session and
 * exercise meets the unique index and is dropped, so the first decision stands even when two
 * kiosks decide at once.
 */
public final class JdbcLevelDecisions implements LevelDecisions {

    private static final String INSERT = """
            INSERT INTO level_change (id, kiosk_id, modified_at, member_id, exercise_id, class_session_id,
                proposed_kind, proposed_level, reason, decision, from_level, resulting_level, decided_by, decided_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO NOTHING""";
    private static final String COLUMNS = """
            SELECT member_id, exercise_id, class_session_id, proposed_kind, proposed_level, reason, decision,
                   from_level, resulting_level, decided_by, decided_at FROM level_change""";
    private static final String FOR_SESSION = COLUMNS
            + " WHERE class_session_id = ? AND deleted = 0 ORDER BY decided_at, rowid";
    private static final String HISTORY = COLUMNS
            + " WHERE member_id = ? AND deleted = 0 ORDER BY decided_at DESC, rowid DESC LIMIT ?";

    private final Database db;

    public JdbcLevelDecisions(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public boolean record(LevelChange change) {
        Objects.requireNonNull(change, "change");
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(INSERT)) {
                st.setString(1, UUID.randomUUID().toString());
                st.setString(2, db.kioskId());
                st.setLong(3, change.decidedAt().toEpochMilli());
                st.setString(4, change.memberId().toString());
                st.setString(5, change.exerciseId());
                Rows.setUuid(st, 6, change.classSessionId());
                st.setString(7, lower(change.proposedKind()));
                st.setInt(8, change.proposedLevel());
                st.setString(9, change.reason().name());
                st.setString(10, lower(change.decision()));
                st.setInt(11, change.fromLevel());
                if (change.resultingLevel() == null) {
                    st.setNull(12, java.sql.Types.INTEGER);
                } else {
                    st.setInt(12, change.resultingLevel());
                }
                st.setString(13, change.decidedBy().stored());
                st.setLong(14, change.decidedAt().toEpochMilli());
                return st.executeUpdate() == 1;
            }
        });
    }

    @Override
    public List<LevelChange> forSession(UUID classSessionId) {
        Objects.requireNonNull(classSessionId, "classSessionId");
        return db.read(c -> list(c, FOR_SESSION, classSessionId, null));
    }

    @Override
    public List<LevelChange> historyOf(UUID memberId) {
        Objects.requireNonNull(memberId, "memberId");
        return db.read(c -> list(c, HISTORY, memberId, HISTORY_LIMIT));
    }

    /** {@link #historyOf} inside a unit of work the caller already holds. */
    static List<LevelChange> historyOf(Connection c, UUID memberId) throws SQLException {
        return list(c, HISTORY, memberId, HISTORY_LIMIT);
    }

    private static List<LevelChange> list(Connection c, String sql, UUID id, Integer limit) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, id.toString());
            if (limit != null) {
                st.setInt(2, limit);
            }
            List<LevelChange> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(change(rs));
                }
            }
            return out;
        }
    }

    private static LevelChange change(ResultSet rs) throws SQLException {
        int resulting = rs.getInt("resulting_level");
        Integer resultingLevel = rs.wasNull() ? null : resulting;
        return new LevelChange(Rows.uuid(rs, "member_id"), rs.getString("exercise_id"),
                Rows.uuid(rs, "class_session_id"),
                Proposal.Kind.valueOf(rs.getString("proposed_kind").toUpperCase(Locale.ROOT)),
                rs.getInt("proposed_level"), Reason.valueOf(rs.getString("reason")),
                LevelDecision.valueOf(rs.getString("decision").toUpperCase(Locale.ROOT)), rs.getInt("from_level"),
                resultingLevel, ActedBy.fromStored(rs.getString("decided_by")), Rows.instant(rs, "decided_at"));
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
