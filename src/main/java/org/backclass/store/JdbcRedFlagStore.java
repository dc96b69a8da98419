package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.redflag.RedFlagStore;

/** {@link RedFlagStore} on SQLite; answers are stored only with consent, checked in the insert. */
public final class JdbcRedFlagStore implements RedFlagStore {

    private static final String INSERT = """
            INSERT INTO red_flag_answer (id, kiosk_id, modified_at, member_id, attendance_id, any_yes, answered_at)
            SELECT ?, ?, ?, ?, ?, ?, ? WHERE\s""" + JdbcConsentStore.LATEST_GIVEN + " = 1";
    private static final String OPEN = """
            SELECT 1 FROM red_flag_answer r WHERE r.member_id = ? AND r.deleted = 0
              AND r.answered_at = (SELECT MAX(x.answered_at) FROM red_flag_answer x
                                   WHERE x.member_id = r.member_id AND x.deleted = 0)
              AND r.any_yes = 1 AND r.resolved_at IS NULL""";

    private final Database db;
    private final Clock clock;

    public JdbcRedFlagStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void record(UUID memberId, UUID attendanceId, boolean anyYes) {
        long now = clock.millis();
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(INSERT)) {
                st.setString(1, UUID.randomUUID().toString());
                st.setString(2, db.kioskId());
                st.setLong(3, now);
                st.setString(4, memberId.toString());
                Rows.setUuid(st, 5, attendanceId);
                st.setInt(6, anyYes ? 1 : 0);
                st.setLong(7, now);
                JdbcConsentStore.insertWithConsent(st, 8, memberId);
                return null;
            }
        });
    }

    @Override
    public Set<UUID> openFor(Collection<UUID> memberIds) {
        return db.read(c -> {
            Set<UUID> open = new HashSet<>();
            for (UUID id : memberIds) {
                if (isOpen(c, id)) {
                    open.add(id);
                }
            }
            return open;
        });
    }

    /** Whether one member's red flag is open, inside another unit of work. */
    static boolean isOpen(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(OPEN)) {
            st.setString(1, memberId.toString());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }
}
