package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.backclass.domain.checkin.AttendanceRecord;
import org.backclass.domain.checkin.CardHolder;
import org.backclass.domain.checkin.CheckInStore;
import org.backclass.domain.checkin.CheckInTransaction;
import org.backclass.domain.consent.ConsentState;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.timetable.ClassSession;

/** {@link CheckInStore} on SQLite: the whole decision runs inside one immediate transaction. */
public final class JdbcCheckInStore implements CheckInStore {

    private static final String FIND_HOLDER = """
            SELECT m.id AS member_id, c.id AS card_id, m.first_name, m.last_name, m.staff,
                   (SELECT hc.given FROM health_consent hc WHERE hc.member_id = m.id AND hc.deleted = 0
                    ORDER BY hc.recorded_at DESC, hc.rowid DESC LIMIT 1) AS consent,
                   (SELECT MAX(r.answered_at) FROM red_flag_answer r
                    WHERE r.member_id = m.id AND r.deleted = 0) AS last_red_flag
            FROM card_alias a
            JOIN card c ON c.id = a.card_id AND c.deleted = 0 AND c.revoked_at IS NULL
            JOIN member m ON m.id = c.member_id AND m.deleted = 0
            WHERE a.alias = ?""";
    private static final String ATTENDANCE_COLUMNS =
            "SELECT id, member_id, class_session_id, day, checked_in_at, card_id FROM attendance ";
    private static final String FIND_CLASS_ATTENDANCE = ATTENDANCE_COLUMNS
            + "WHERE member_id = ? AND class_session_id = ? AND deleted = 0";
    private static final String FIND_OPEN_GYM_ATTENDANCE = ATTENDANCE_COLUMNS
            + "WHERE member_id = ? AND class_session_id IS NULL AND day = ? AND deleted = 0";
    private static final String INSERT_ATTENDANCE = """
            INSERT INTO attendance (id, kiosk_id, modified_at, member_id, class_session_id, day, checked_in_at, card_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String COUNT_ATTENDANCE =
            "SELECT COUNT(*) FROM attendance WHERE member_id = ? AND deleted = 0";

    private final Database db;
    private final Clock clock;
    private final ClassSessionRows sessions;

    public JdbcCheckInStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.sessions = new ClassSessionRows(clock, db.kioskId());
    }

    @Override
    public <T> T inWriteTransaction(Function<CheckInTransaction, T> work) {
        return db.write(c -> work.apply(new Tx(c)));
    }

    private final class Tx implements CheckInTransaction {
        private final Connection c;

        Tx(Connection c) {
            this.c = c;
        }

        @Override
        public Optional<CardHolder> findCardHolder(List<String> lookupKeys) {
            return Rows.unchecked(() -> {
                try (PreparedStatement st = c.prepareStatement(FIND_HOLDER)) {
                    for (String key : lookupKeys) {
                        st.setString(1, key);
                        try (ResultSet rs = st.executeQuery()) {
                            if (rs.next()) {
                                return Optional.of(new CardHolder(Rows.uuid(rs, "member_id"), Rows.uuid(rs, "card_id"),
                                        new MemberName(rs.getString("first_name"), rs.getString("last_name")),
                                        rs.getInt("staff") == 1, consent(rs), Rows.instant(rs, "last_red_flag")));
                            }
                        }
                    }
                    return Optional.empty();
                }
            });
        }

        @Override
        public List<ClassSession> sessionsOn(LocalDate day) {
            return Rows.unchecked(() -> sessions.sessionsOn(c, day));
        }

        @Override
        public Optional<AttendanceRecord> findClassAttendance(UUID memberId, UUID classSessionId) {
            return Rows.unchecked(() -> findOne(FIND_CLASS_ATTENDANCE, memberId.toString(), classSessionId.toString()));
        }

        @Override
        public Optional<AttendanceRecord> findOpenGymAttendance(UUID memberId, LocalDate day) {
            return Rows.unchecked(() -> findOne(FIND_OPEN_GYM_ATTENDANCE, memberId.toString(), day.toString()));
        }

        private Optional<AttendanceRecord> findOne(String sql, String a, String b) throws SQLException {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                st.setString(1, a);
                st.setString(2, b);
                try (ResultSet rs = st.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    String session = rs.getString("class_session_id");
                    return Optional.of(new AttendanceRecord(Rows.uuid(rs, "id"), Rows.uuid(rs, "member_id"),
                            session == null ? null : UUID.fromString(session), LocalDate.parse(rs.getString("day")),
                            Rows.instant(rs, "checked_in_at"), Rows.uuid(rs, "card_id")));
                }
            }
        }

        @Override
        public void insertAttendance(AttendanceRecord a) {
            Rows.unchecked(() -> {
                try (PreparedStatement st = c.prepareStatement(INSERT_ATTENDANCE)) {
                    st.setString(1, a.id().toString());
                    st.setString(2, db.kioskId());
                    st.setLong(3, clock.millis());
                    st.setString(4, a.memberId().toString());
                    Rows.setUuid(st, 5, a.classSessionId());
                    st.setString(6, a.day().toString());
                    Rows.setInstant(st, 7, a.checkedInAt());
                    Rows.setUuid(st, 8, a.cardId());
                    return st.executeUpdate();
                }
            });
        }

        @Override
        public int countAttendances(UUID memberId) {
            return Rows.unchecked(() -> {
                try (PreparedStatement st = c.prepareStatement(COUNT_ATTENDANCE)) {
                    st.setString(1, memberId.toString());
                    try (ResultSet rs = st.executeQuery()) {
                        rs.next();
                        return rs.getInt(1);
                    }
                }
            });
        }
    }

    private static ConsentState consent(ResultSet rs) throws java.sql.SQLException {
        int given = rs.getInt("consent");
        return rs.wasNull() ? ConsentState.NOT_ASKED : given == 1 ? ConsentState.GIVEN : ConsentState.REFUSED;
    }
}
