package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.backclass.domain.consent.ConsentState;
import org.backclass.domain.consent.ConsentStore;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.consent.NoConsentException;

/** {@link ConsentStore} on SQLite: one row per decision, the newest decides. */
public final class JdbcConsentStore implements ConsentStore {

    /**
     * The newest decision's {@code given} for member {@code ?}, or NULL if never asked; also used
     * inside other statements so that a health answer and a withdrawal cannot race.
     */
    static final String LATEST_GIVEN = """
            (SELECT hc.given FROM health_consent hc WHERE hc.member_id = ? AND hc.deleted = 0
             ORDER BY hc.recorded_at DESC, hc.rowid DESC LIMIT 1)""";
    private static final String INSERT = """
            INSERT INTO health_consent (id, kiosk_id, modified_at, member_id, given, recorded_at, recorded_by)
            VALUES (?, ?, ?, ?, ?, ?, ?)""";

    /**
     * Runs an {@code INSERT … SELECT … WHERE LATEST_GIVEN = 1} of a health answer: binds the
     * member id to the guard's parameter (the statement's last, {@code guardIndex}) and refuses
     * when nothing was inserted. Checked in the same statement as the insert, so a withdrawal
     * cannot slip between the check and the write.
     */
    static void insertWithConsent(PreparedStatement st, int guardIndex, UUID memberId) throws SQLException {
        st.setString(guardIndex, memberId.toString());
        if (st.executeUpdate() == 0) {
            throw new NoConsentException("member " + memberId + " has not consented to health data");
        }
    }

    private final Database db;
    private final Clock clock;

    public JdbcConsentStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public ConsentState current(UUID memberId) {
        return db.read(c -> state(c, memberId));
    }

    static ConsentState state(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + LATEST_GIVEN)) {
            st.setString(1, memberId.toString());
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                int given = rs.getInt(1);
                return rs.wasNull() ? ConsentState.NOT_ASKED : given == 1 ? ConsentState.GIVEN : ConsentState.REFUSED;
            }
        }
    }

    @Override
    public HealthConsent record(UUID memberId, boolean given, HealthConsent.RecordedBy by) {
        Instant now = clock.instant();
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(INSERT)) {
                st.setString(1, UUID.randomUUID().toString());
                st.setString(2, db.kioskId());
                st.setLong(3, now.toEpochMilli());
                st.setString(4, memberId.toString());
                st.setInt(5, given ? 1 : 0);
                st.setLong(6, now.toEpochMilli());
                st.setString(7, by.name().toLowerCase(Locale.ROOT));
                return st.executeUpdate();
            }
        });
        return new HealthConsent(memberId, given, now, db.kioskId(), by);
    }
}
