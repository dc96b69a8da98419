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
import org.backclass.domain.progress.ClassProgress;
import org.backclass.domain.progress.ClassProgressQueries;
import org.backclass.domain.progress.Completion;

/**
 * {@link ClassProgressQueries} on SQLite: one read unit of work per session, so attendance,
 * consent, answers and exercise records all come from the same snapshot.
 */
public final class JdbcClassProgressQueries implements ClassProgressQueries {

    private static final String SESSION = """
            SELECT s.starts_at, s.closed_at, t.name FROM class_session s
            JOIN class_type t ON t.id = s.class_type_id
            WHERE s.id = ? AND s.deleted = 0""";
    private static final String ATTENDEES = """
            SELECT a.id, a.member_id, m.first_name, m.last_name FROM attendance a
            JOIN member m ON m.id = a.member_id
            WHERE a.class_session_id = ? AND a.deleted = 0 AND m.deleted = 0
            ORDER BY a.checked_in_at, a.id""";
    private static final String PAIN_AT_CHECK_IN = """
            SELECT score FROM pain_report
            WHERE attendance_id = ? AND member_id = ? AND context = ? AND deleted = 0
            ORDER BY reported_at DESC, id DESC LIMIT 1""";
    private static final String FEEDBACK = """
            SELECT pain_now, effort FROM class_feedback
            WHERE member_id = ? AND class_session_id = ? AND deleted = 0
            ORDER BY answered_at DESC, modified_at DESC, id DESC LIMIT 1""";
    private static final String EXERCISES = """
            SELECT exercise_id, level, completion FROM exercise_record
            WHERE member_id = ? AND class_session_id = ? AND deleted = 0
            ORDER BY recorded_at, exercise_id, id""";

    private final Database db;

    public JdbcClassProgressQueries(Database db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<ClassProgress> forSession(UUID sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        return db.read(c -> {
            try (PreparedStatement st = c.prepareStatement(SESSION)) {
                st.setString(1, sessionId.toString());
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new ClassProgress(sessionId, rs.getString("name"),
                            Rows.instant(rs, "starts_at"), Rows.instant(rs, "closed_at") != null,
                            attendees(c, sessionId)));
                }
            }
        });
    }

    private record Row(UUID attendanceId, UUID memberId, MemberName name) {
    }

    private static List<ClassProgress.Attendee> attendees(Connection c, UUID sessionId) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement st = c.prepareStatement(ATTENDEES)) {
            st.setString(1, sessionId.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(Rows.uuid(rs, "id"), Rows.uuid(rs, "member_id"),
                            new MemberName(rs.getString("first_name"), rs.getString("last_name"))));
                }
            }
        }
        List<ClassProgress.Attendee> out = new ArrayList<>();
        for (Row row : rows) {
            boolean withheld = !JdbcConsentStore.state(c, row.memberId()).given();
            Integer painAtCheckIn = null;
            Integer painNow = null;
            Integer effort = null;
            if (!withheld) {
                painAtCheckIn = painAtCheckIn(c, row.attendanceId(), row.memberId());
                Feedback feedback = feedback(c, row.memberId(), sessionId);
                if (feedback != null) {
                    painNow = feedback.painNow();
                    effort = feedback.effort();
                }
            }
            out.add(new ClassProgress.Attendee(row.memberId(), row.name().shortName(), withheld, painAtCheckIn,
                    painNow, effort, exercises(c, row.memberId(), sessionId)));
        }
        return out;
    }

    /** The newest after-class answers of one member for one session. */
    record Feedback(int painNow, int effort) {
    }

    /** The member's newest after-class answers for the session, or null; inside another unit of work. */
    static Feedback feedback(Connection c, UUID memberId, UUID sessionId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(FEEDBACK)) {
            st.setString(1, memberId.toString());
            st.setString(2, sessionId.toString());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? new Feedback(rs.getInt("pain_now"), rs.getInt("effort")) : null;
            }
        }
    }

    /** The pain answered at check-in for this attendance, or null; inside another unit of work. */
    static Integer painAtCheckIn(Connection c, UUID attendanceId, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(PAIN_AT_CHECK_IN)) {
            st.setString(1, attendanceId.toString());
            st.setString(2, memberId.toString());
            st.setString(3, PainReport.AT_CHECK_IN);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? rs.getInt("score") : null;
            }
        }
    }

    private static List<ClassProgress.Exercise> exercises(Connection c, UUID memberId, UUID sessionId)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement(EXERCISES)) {
            st.setString(1, memberId.toString());
            st.setString(2, sessionId.toString());
            List<ClassProgress.Exercise> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new ClassProgress.Exercise(rs.getString("exercise_id"), rs.getInt("level"),
                            Completion.valueOf(rs.getString("completion").toUpperCase(Locale.ROOT))));
                }
            }
            return out;
        }
    }
}
