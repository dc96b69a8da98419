package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.progress.review.ReviewableSession;
import org.backclass.domain.progress.review.SessionReview;
import org.backclass.domain.progress.review.SessionReviewQueries;

/**
 * {@link SessionReviewQueries} on SQLite: one read unit of work per session, so attendance,
 * consent, answers, red flags, exercise records and level decisions all come from the same
 * snapshot. Pain at check-in, the after-class answers, consent and red flags reuse the queries
 * of the stores that own them.
 */
public final class JdbcSessionReviewQueries implements SessionReviewQueries {

    private static final String SESSIONS = """
            SELECT s.id, s.starts_at, s.closed_at, t.name, t.programme_id FROM class_session s
            JOIN class_type t ON t.id = s.class_type_id
            WHERE s.deleted = 0 AND s.closed_at IS NOT NULL""";
    private static final String LAST_CLOSED = SESSIONS + " " + """
            AND EXISTS (SELECT 1 FROM exercise_record r WHERE r.class_session_id = s.id AND r.deleted = 0)
            ORDER BY s.closed_at DESC, s.starts_at DESC, s.id LIMIT 1""";
    private static final String ONE = SESSIONS + " AND s.id = ?";
    private static final String ATTENDEES = """
            SELECT a.id, a.member_id, a.day, m.first_name, m.last_name FROM attendance a
            JOIN member m ON m.id = a.member_id
            WHERE a.class_session_id = ? AND a.deleted = 0 AND m.deleted = 0
              AND EXISTS (SELECT 1 FROM exercise_record r WHERE r.class_session_id = a.class_session_id
                          AND r.member_id = a.member_id AND r.deleted = 0)
            ORDER BY a.checked_in_at, a.id""";
    // The answer given at the member's first check-in on a later day than the session's.
    private static final String MORNING_AFTER = """
            SELECT p.score FROM pain_report p
            WHERE p.member_id = ? AND p.context = ? AND p.deleted = 0
              AND p.attendance_id = (SELECT n.id FROM attendance n
                                     WHERE n.member_id = ? AND n.deleted = 0 AND n.day > ?
                                     ORDER BY n.checked_in_at, n.id LIMIT 1)
            ORDER BY p.reported_at DESC, p.id DESC LIMIT 1""";
    // Per record of this session: the member's records of that exercise at that level that were
    // not skipped, up to this one and after the newest decision before it that moved the level.
    // Records of one session share recorded_at; rowid keeps the order they were done in.
    private static final String EXERCISES = """
            SELECT r.exercise_id, r.level, r.completion,
                   (SELECT COUNT(*) FROM exercise_record x
                    WHERE x.member_id = r.member_id AND x.exercise_id = r.exercise_id AND x.level = r.level
                      AND x.deleted = 0 AND x.completion <> 'skipped' AND x.recorded_at <= r.recorded_at
                      AND x.recorded_at > COALESCE(
                          (SELECT MAX(lc.decided_at) FROM level_change lc
                           WHERE lc.member_id = r.member_id AND lc.exercise_id = r.exercise_id AND lc.deleted = 0
                             AND lc.decided_at < r.recorded_at AND lc.resulting_level IS NOT NULL
                             AND lc.resulting_level <> lc.from_level), -1)) AS sessions
            FROM exercise_record r
            WHERE r.member_id = ? AND r.class_session_id = ? AND r.deleted = 0
            ORDER BY r.recorded_at, r.rowid""";

    private final Database db;

    public JdbcSessionReviewQueries(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<ReviewableSession> lastClosed() {
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(LAST_CLOSED)) {
                return session(st);
            }
        });
    }

    @Override
    public Optional<SessionReview> forSession(UUID sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.read(c -> {
            Optional<ReviewableSession> session;
            try (PreparedStatement st = c.prepareStatement(ONE)) {
                st.setString(1, sessionId.toString());
                session = session(st);
            }
            if (session.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new SessionReview(session.get(), attendees(c, sessionId)));
        });
    }

    private static Optional<ReviewableSession> session(PreparedStatement st) throws SQLException {
        try (ResultSet rs = st.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new ReviewableSession(Rows.uuid(rs, "id"), rs.getString("name"),
                    Rows.instant(rs, "starts_at"), Rows.instant(rs, "closed_at"), rs.getString("programme_id")));
        }
    }

    private record Row(UUID attendanceId, UUID memberId, String day, MemberName name) {
    }

    private static List<SessionReview.Attendee> attendees(Connection c, UUID sessionId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(ATTENDEES)) {
            st.setString(1, sessionId.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(Rows.uuid(rs, "id"), Rows.uuid(rs, "member_id"), rs.getString("day"),
                            new MemberName(rs.getString("first_name"), rs.getString("last_name"))));
                }
            }
        }
        List<SessionReview.Attendee> out = new ArrayList<>();
        for (Row row : rows) {
            List<SessionReview.Done> done = exercises(c, row.memberId(), sessionId);
            if (!JdbcConsentStore.state(c, row.memberId()).given()) {
                out.add(new SessionReview.Attendee(row.memberId(), row.name().shortName(), true, null, null, null,
                        null, false, done));
                continue;
            }
            JdbcClassProgressQueries.Feedback feedback = JdbcClassProgressQueries.feedback(c, row.memberId(),
                    sessionId);
            out.add(new SessionReview.Attendee(row.memberId(), row.name().shortName(), false,
                    JdbcClassProgressQueries.painAtCheckIn(c, row.attendanceId(), row.memberId()),
                    feedback == null ? null : feedback.painNow(), feedback == null ? null : feedback.effort(),
                    morningAfter(c, row), JdbcRedFlagStore.isOpen(c, row.memberId()), done));
        }
        return out;
    }

    private static Integer morningAfter(Connection c, Row row) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(MORNING_AFTER)) {
            st.setString(1, row.memberId().toString());
            st.setString(2, PainReport.MORNING_AFTER);
            st.setString(3, row.memberId().toString());
            st.setString(4, row.day());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt("score") : null;
            }
        }
    }

    private static List<SessionReview.Done> exercises(Connection c, UUID memberId, UUID sessionId)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(EXERCISES)) {
            st.setString(1, memberId.toString());
            st.setString(2, sessionId.toString());
            List<SessionReview.Done> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new SessionReview.Done(rs.getString("exercise_id"), rs.getInt("level"),
                            Completion.valueOf(rs.getString("completion").toUpperCase(Locale.ROOT)),
                            rs.getInt("sessions")));
                }
            }
            return out;
        }
    }
}
