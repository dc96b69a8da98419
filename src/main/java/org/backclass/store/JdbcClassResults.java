package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.UUID;
import org.backclass.domain.progress.ClassResults;
import org.backclass.domain.progress.ExercisePerformed;

/** {@link ClassResults} on SQLite. */
public final class JdbcClassResults implements ClassResults {

    private static final String CLOSE = """
            UPDATE class_session SET closed_at = ?, modified_at = ?, kiosk_id = ?
            WHERE id = ? AND closed_at IS NULL AND deleted = 0""";
    private static final String INSERT = """
            INSERT INTO exercise_record (id, kiosk_id, modified_at, member_id, class_session_id, exercise_id, level,
                completion, recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    // Exercise records that were not skipped and the instructor's decisions that moved a level,
    // oldest first, so that the newest of each exercise is put into the map last; a decision made
    // in the same millisecond as a record comes after it (it was made about that record).
    private static final String LEVELS = """
            SELECT exercise_id, level FROM (
                SELECT exercise_id, level, recorded_at AS at, 0 AS decision, modified_at, id FROM exercise_record
                WHERE member_id = ? AND deleted = 0 AND completion <> 'skipped'
                UNION ALL
                SELECT exercise_id, resulting_level, decided_at, 1, modified_at, id FROM level_change
                WHERE member_id = ? AND deleted = 0 AND resulting_level IS NOT NULL
                  AND resulting_level <> from_level)
            ORDER BY at, decision, modified_at, id""";

    private final Database db;

    public JdbcClassResults(Database db) {
        this.db = db;
    }

    @Override
    public boolean closeSession(UUID classSessionId, Instant closedAt, List<ExercisePerformed> performed) {
        return db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(CLOSE)) {
                st.setLong(1, closedAt.toEpochMilli());
                st.setLong(2, closedAt.toEpochMilli());
                st.setString(3, db.kioskId());
                st.setString(4, classSessionId.toString());
                if (st.executeUpdate() == 0) {
                    return false;
                }
            }
            insert(c, classSessionId, closedAt, performed);
            return true;
        });
    }

    @Override
    public void recordRoutine(Instant at, List<ExercisePerformed> performed) {
        db.write(c -> {
            insert(c, null, at, performed);
            return null;
        });
    }

    @Override
    public Map<String, Integer> currentLevels(UUID memberId) {
        return db.read(c -> levels(c, memberId));
    }

    /** {@link #currentLevels} inside another unit of work. */
    static Map<String, Integer> levels(Connection c, UUID memberId) throws SQLException {
        Map<String, Integer> levels = new HashMap<>();
        try (PreparedStatement st = c.prepareStatement(LEVELS)) {
            st.setString(1, memberId.toString());
            st.setString(2, memberId.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    levels.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return Map.copyOf(levels);
    }

    private void insert(Connection c, UUID classSessionId, Instant at, List<ExercisePerformed> performed)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(INSERT)) {
            for (ExercisePerformed p : performed) {
                st.setString(1, UUID.randomUUID().toString());
                st.setString(2, db.kioskId());
                st.setLong(3, at.toEpochMilli());
                st.setString(4, p.memberId().toString());
                Rows.setUuid(st, 5, classSessionId);
                st.setString(6, p.exerciseId());
                st.setInt(7, p.level());
                st.setString(8, p.completion().name().toLowerCase(Locale.ROOT));
                st.setLong(9, at.toEpochMilli());
                st.addBatch();
            }
            st.executeBatch();
        }
    }
}
