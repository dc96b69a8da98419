package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.progress.MemberProgress;
import org.backclass.domain.redflag.RedFlagStore;
import org.backclass.domain.staff.ActedBy;

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
    private static final String RESOLVE = """
            UPDATE red_flag_answer SET resolved_at = ?, resolved_by = ?, modified_at = ?, kiosk_id = ?
            WHERE member_id = ? AND any_yes = 1 AND resolved_at IS NULL AND deleted = 0""";
    private static final String CHECKS = """
            SELECT answered_at, any_yes, resolved_at, resolved_by FROM red_flag_answer
            WHERE member_id = ? AND deleted = 0 ORDER BY answered_at, id""";

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

    @Override
    public Optional<Instant> resolve(UUID memberId, ActedBy by) {
        Instant now = clock.instant();
        // Checked inside the write transaction: two resolutions queue on the write lock, and the
        // second finds nothing open.
        return db.write(c -> {
            if (!isOpen(c, memberId)) {
                return Optional.empty();
            }
            try (PreparedStatement st = c.prepareStatement(RESOLVE)) {
                st.setLong(1, now.toEpochMilli());
                st.setString(2, by.stored());
                st.setLong(3, now.toEpochMilli());
                st.setString(4, db.kioskId());
                st.setString(5, memberId.toString());
                st.executeUpdate();
            }
            return Optional.of(now);
        });
    }

    /** Every check the member answered, oldest first, inside another unit of work. */
    static List<MemberProgress.RedFlagCheck> checks(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(CHECKS)) {
            st.setString(1, memberId.toString());
            List<MemberProgress.RedFlagCheck> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String by = rs.getString("resolved_by");
                    out.add(new MemberProgress.RedFlagCheck(Rows.instant(rs, "answered_at"), rs.getInt("any_yes") == 1,
                            Rows.instant(rs, "resolved_at"), by == null ? null : ActedBy.fromStored(by)));
                }
            }
            return out;
        }
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
