package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.backclass.domain.progress.outcome.ActivityRating;
import org.backclass.domain.progress.outcome.NotNow;
import org.backclass.domain.progress.outcome.OutcomeAnswer;
import org.backclass.domain.progress.outcome.OutcomeHistory;
import org.backclass.domain.progress.outcome.OutcomeStore;
import org.backclass.domain.progress.outcome.Timepoint;

/**
 * {@link OutcomeStore} on SQLite: one {@code outcome_answer} row per answered check, stored only
 * with consent and only if the timepoint has no answer yet (both checked in the insert itself).
 */
public final class JdbcOutcomeStore implements OutcomeStore {

    private static final String ANSWERED = """
            (SELECT COUNT(*) FROM outcome_answer o WHERE o.member_id = ? AND o.timepoint = ? AND o.deleted = 0)""";
    private static final String INSERT = """
            INSERT INTO outcome_answer (id, kiosk_id, modified_at, member_id, timepoint, answered_at, pain,
                                        activity_1, score_1, activity_2, score_2, activity_3, score_3)
            SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE\s""" + ANSWERED + " = 0 AND "
            + JdbcConsentStore.LATEST_GIVEN + " = 1";
    private static final String INSERT_NOT_NOW = """
            INSERT INTO outcome_not_now (id, kiosk_id, modified_at, member_id, timepoint, put_off_at)
            VALUES (?, ?, ?, ?, ?, ?)""";
    // The earlier answer counts when two kiosks merged two answers to one timepoint.
    private static final String ANSWERS = """
            SELECT id, timepoint, answered_at, pain, activity_1, score_1, activity_2, score_2, activity_3, score_3
            FROM outcome_answer WHERE member_id = ? AND deleted = 0 ORDER BY answered_at, id""";
    private static final String NOT_NOW = """
            SELECT timepoint, put_off_at FROM outcome_not_now WHERE member_id = ? AND deleted = 0""";
    private static final String COURSE_START = """
            SELECT MIN(day) FROM attendance WHERE member_id = ? AND deleted = 0""";

    private final Database db;
    private final Clock clock;

    public JdbcOutcomeStore(Database db, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean add(OutcomeAnswer a) {
        return db.write(c -> {
            // A refusal is either "answered already" or "no consent": tell which, in the same unit of work.
            if (answered(c, a.memberId(), a.timepoint())) {
                return false;
            }
            try (PreparedStatement st = c.prepareStatement(INSERT)) {
                st.setString(1, a.id().toString());
                st.setString(2, db.kioskId());
                st.setLong(3, clock.millis());
                st.setString(4, a.memberId().toString());
                st.setString(5, a.timepoint().code());
                Rows.setInstant(st, 6, a.answeredAt());
                st.setInt(7, a.pain());
                int i = 8;
                for (ActivityRating r : a.activities()) {
                    st.setString(i++, r.activity());
                    st.setInt(i++, r.score());
                }
                st.setString(14, a.memberId().toString());
                st.setString(15, a.timepoint().code());
                JdbcConsentStore.insertWithConsent(st, 16, a.memberId());
                return true;
            }
        });
    }

    private static boolean answered(Connection c, UUID memberId, Timepoint t) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + ANSWERED)) {
            st.setString(1, memberId.toString());
            st.setString(2, t.code());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() && rs.getInt(1) > 0;
            }
        }
    }

    @Override
    public void notNow(UUID memberId, Timepoint timepoint, Instant at) {
        Objects.requireNonNull(timepoint, "timepoint");
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(INSERT_NOT_NOW)) {
                st.setString(1, UUID.randomUUID().toString());
                st.setString(2, db.kioskId());
                st.setLong(3, clock.millis());
                st.setString(4, memberId.toString());
                st.setString(5, timepoint.code());
                Rows.setInstant(st, 6, at);
                return st.executeUpdate();
            }
        });
    }

    @Override
    public OutcomeHistory history(UUID memberId) {
        return db.read(c -> new OutcomeHistory(courseStart(c, memberId), answers(c, memberId), notNow(c, memberId)));
    }

    @Override
    public List<OutcomeAnswer> answers(UUID memberId) {
        return db.read(c -> answers(c, memberId));
    }

    private static LocalDate courseStart(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(COURSE_START)) {
            st.setString(1, memberId.toString());
            try (ResultSet rs = st.executeQuery()) {
                String day = rs.next() ? rs.getString(1) : null;
                return day == null ? null : LocalDate.parse(day);
            }
        }
    }

    /** {@link #answers(UUID)} inside a unit of work the caller already holds. */
    static List<OutcomeAnswer> answers(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(ANSWERS)) {
            st.setString(1, memberId.toString());
            List<OutcomeAnswer> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    List<ActivityRating> ratings = new ArrayList<>();
                    for (int n = 1; n <= OutcomeAnswer.ACTIVITIES; n++) {
                        ratings.add(new ActivityRating(rs.getString("activity_" + n), rs.getInt("score_" + n)));
                    }
                    out.add(new OutcomeAnswer(Rows.uuid(rs, "id"), memberId, Timepoint.ofCode(rs.getString("timepoint")),
                            Rows.instant(rs, "answered_at"), rs.getInt("pain"), ratings));
                }
            }
            return out;
        }
    }

    private static List<NotNow> notNow(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(NOT_NOW)) {
            st.setString(1, memberId.toString());
            List<NotNow> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new NotNow(Timepoint.ofCode(rs.getString("timepoint")), Rows.instant(rs, "put_off_at")));
                }
            }
            return out;
        }
    }
}
