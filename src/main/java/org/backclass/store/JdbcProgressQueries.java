package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.backclass.domain.consent.ConsentState;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.progress.MemberProgress;
import org.backclass.domain.progress.outcome.OutcomeAnswer;
import org.backclass.domain.progress.ProgressQueries;
import org.backclass.domain.progress.adherence.AdherencePlan;
import org.backclass.domain.progress.adherence.MemberAttendanceRate;

/**
 * {@link ProgressQueries} on SQLite: one read unit of work per member, so the pain series,
 * after-class answers, levels, level decisions, adherence, red flags and progress checks all come
 * from the same snapshot, each read with the query of the store that owns it.
 */
public final class JdbcProgressQueries implements ProgressQueries {

    private static final String MEMBER = "SELECT first_name, last_name FROM member WHERE id = ? AND deleted = 0";
    private static final String PAIN = """
            SELECT reported_at, context, score FROM pain_report
            WHERE member_id = ? AND deleted = 0 ORDER BY reported_at, id""";
    private static final String HISTORY = """
            SELECT recorded_at, exercise_id, level, completion, class_session_id FROM exercise_record
            WHERE member_id = ? AND deleted = 0
            ORDER BY recorded_at DESC, modified_at DESC, id DESC LIMIT ?""";

    private final Database db;
    private final JdbcAdherenceQueries adherence;

    public JdbcProgressQueries(Database db, AdherencePlan plan) {
        this.db = Objects.requireNonNull(db, "db");
        this.adherence = new JdbcAdherenceQueries(db, plan);
    }

    @Override
    public List<MemberAttendanceRate> attendanceRates(LocalDate from, LocalDate to, LocalDate today) {
        return adherence.rates(from, to, today);
    }

    @Override
    public Optional<MemberProgress> forMember(UUID memberId, LocalDate today) {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(today, "today");
        return db.read(c -> {
            Optional<MemberName> name = name(c, memberId);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            ConsentState consent = JdbcConsentStore.state(c, memberId);
            boolean withheld = !consent.given();
            List<MemberProgress.PainPoint> pain = withheld ? List.of() : painSeries(c, memberId);
            Boolean redFlag = withheld ? null : JdbcRedFlagStore.isOpen(c, memberId);
            List<MemberProgress.AfterClassAnswer> afterClass = withheld ? List.of()
                    : JdbcClassFeedbackStore.answers(c, memberId);
            List<MemberProgress.RedFlagCheck> checks = withheld ? List.of() : JdbcRedFlagStore.checks(c, memberId);
            Map<String, Integer> levels = JdbcClassResults.levels(c, memberId);
            List<OutcomeAnswer> outcomes = withheld ? List.of() : JdbcOutcomeStore.answers(c, memberId);
            return Optional.of(new MemberProgress(memberId, name.get().shortName(), consent, withheld, pain, levels,
                    history(c, memberId), adherence.compute(c, memberId, today), redFlag, afterClass, checks,
                    JdbcLevelDecisions.historyOf(c, memberId), outcomes));
        });
    }

    private static Optional<MemberName> name(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(MEMBER)) {
            st.setString(1, memberId.toString());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new MemberName(rs.getString(1), rs.getString(2))) : Optional.empty();
            }
        }
    }

    private static List<MemberProgress.PainPoint> painSeries(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(PAIN)) {
            st.setString(1, memberId.toString());
            List<MemberProgress.PainPoint> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new MemberProgress.PainPoint(Rows.instant(rs, "reported_at"), rs.getString("context"),
                            rs.getInt("score")));
                }
            }
            return out;
        }
    }

    private static List<MemberProgress.LevelRecord> history(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(HISTORY)) {
            st.setString(1, memberId.toString());
            st.setInt(2, LEVEL_HISTORY_LIMIT);
            List<MemberProgress.LevelRecord> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new MemberProgress.LevelRecord(Rows.instant(rs, "recorded_at"), rs.getString("exercise_id"),
                            rs.getInt("level"), Completion.valueOf(rs.getString("completion").toUpperCase(Locale.ROOT)),
                            Rows.uuid(rs, "class_session_id")));
                }
            }
            return out;
        }
    }
}
