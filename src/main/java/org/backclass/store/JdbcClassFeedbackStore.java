package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.progress.ClassFeedbackStore;
import org.backclass.domain.progress.MemberProgress;

/** {@link ClassFeedbackStore} on SQLite; answers are stored only with consent, checked in the insert. */
public final class JdbcClassFeedbackStore implements ClassFeedbackStore {

    private static final String INSERT = """
            INSERT INTO class_feedback (id, kiosk_id, modified_at, member_id, class_session_id, pain_now, effort,
                                        answered_at)
            SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE\s""" + JdbcConsentStore.LATEST_GIVEN + " = 1";
    private static final String ANSWERS = """
            SELECT answered_at, class_session_id, pain_now, effort FROM class_feedback
            WHERE member_id = ? AND deleted = 0 ORDER BY answered_at, id""";

    private final Database db;
    private final Clock clock;

    public JdbcClassFeedbackStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void record(UUID memberId, UUID classSessionId, int painNow, int effort) {
        if (painNow < 0 || painNow > 10 || effort < 0 || effort > 10) {
            throw new IllegalArgumentException("pain and effort are 0-10");
        }
        long now = clock.millis();
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(INSERT)) {
                st.setString(1, UUID.randomUUID().toString());
                st.setString(2, db.kioskId());
                st.setLong(3, now);
                st.setString(4, memberId.toString());
                Rows.setUuid(st, 5, classSessionId);
                st.setInt(6, painNow);
                st.setInt(7, effort);
                st.setLong(8, now);
                JdbcConsentStore.insertWithConsent(st, 9, memberId);
                return null;
            }
        });
    }

    /** Every after-class answer of the member, oldest first, inside another unit of work. */
    static List<MemberProgress.AfterClassAnswer> answers(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(ANSWERS)) {
            st.setString(1, memberId.toString());
            List<MemberProgress.AfterClassAnswer> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new MemberProgress.AfterClassAnswer(Rows.instant(rs, "answered_at"),
                            Rows.uuid(rs, "class_session_id"), rs.getInt("pain_now"), rs.getInt("effort")));
                }
            }
            return out;
        }
    }
}
