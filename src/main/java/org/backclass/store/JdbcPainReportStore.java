package org.backclass.store;

import java.sql.PreparedStatement;
import java.time.Clock;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.checkin.PainReportStore;

/** {@link PainReportStore} on SQLite. */
public final class JdbcPainReportStore implements PainReportStore {

    private static final String INSERT = """
            INSERT INTO pain_report (id, kiosk_id, modified_at, member_id, attendance_id, context, score, reported_at)
            SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE\s""" + JdbcConsentStore.LATEST_GIVEN + " = 1";

    private final Database db;
    private final Clock clock;

    public JdbcPainReportStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void add(PainReport r) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(INSERT)) {
                st.setString(1, r.id().toString());
                st.setString(2, db.kioskId());
                st.setLong(3, clock.millis());
                st.setString(4, r.memberId().toString());
                Rows.setUuid(st, 5, r.attendanceId());
                st.setString(6, r.context());
                st.setInt(7, r.score());
                Rows.setInstant(st, 8, r.reportedAt());
                JdbcConsentStore.insertWithConsent(st, 9, r.memberId());
                return null;
            }
        });
    }
}
