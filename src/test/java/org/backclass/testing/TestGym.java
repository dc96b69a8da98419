package org.backclass.testing;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.CheckInPolicy;
import org.backclass.domain.checkin.CheckInService;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.event.KioskEvents;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.NewMember;
import org.backclass.store.Database;
import org.backclass.store.JdbcCheckInStore;
import org.backclass.store.JdbcMemberStore;
import org.backclass.store.JdbcConsentStore;
import org.backclass.store.JdbcRedFlagStore;
import org.backclass.store.JdbcPainReportStore;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.store.JdbcTimetableStore;

/** A real SQLite gym in a temporary folder, with a clock the test controls. */
public final class TestGym implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public final MutableClock clock;
    public final Database db;
    public final JdbcMemberStore members;
    public final JdbcTimetableStore timetable;
    public final KioskEvents events = new KioskEvents();
    public final CheckInService checkIn;
    public final PainReportService painReports;
    public final JdbcConsentStore consent;
    public final JdbcRedFlagStore redFlags;

    public TestGym(Path dir, Instant now) {
        this(dir, now, CheckInPolicy.DEFAULT);
    }

    public TestGym(Path dir, Instant now, CheckInPolicy policy) {
        clock = new MutableClock(now, ZONE);
        db = Database.open(dir.resolve("gym.db"), "test-kiosk");
        members = new JdbcMemberStore(db, clock);
        timetable = new JdbcTimetableStore(db, clock);
        checkIn = new CheckInService(new JdbcCheckInStore(db, clock), clock, policy, events);
        consent = new JdbcConsentStore(db, clock);
        redFlags = new JdbcRedFlagStore(db, clock);
        painReports = new PainReportService(new JdbcPainReportStore(db, clock), consent, clock);
    }

    /** A member holding a card with the given ISO 14443-A UID (hex). */
    /**
     * A member with a card who has consented to health data and answered "none" to the red-flag
     * check just now (the usual case in these tests: the pain question comes straight away).
     */
    public Member memberWithCard(String first, String last, String uidHex) {
        Member m = memberWithoutConsent(first, last, uidHex);
        consent.record(m.id(), true, HealthConsent.RecordedBy.MEMBER);
        redFlags.record(m.id(), null, false);
        return m;
    }

    /** A member with a card who has never been asked about health data. */
    public Member memberWithoutConsent(String first, String last, String uidHex) {
        Member m = members.create(new NewMember(new MemberName(first, last), null, null));
        Member.Card card = members.enrolCard(m.id(), CardKey.iso14443a(HexFormat.of().parseHex(uidHex)));
        return new Member(m.id(), m.name(), m.memberNumber(), m.email(), m.staff(), m.createdAt(),
                java.util.List.of(card));
    }

    /** A staff member (instructor) whose card unlocks instructor mode. */
    public Member staffWithCard(String first, String last, String uidHex) {
        Member m = members.create(new NewMember(new MemberName(first, last), null, null, true));
        members.enrolCard(m.id(), CardKey.iso14443a(HexFormat.of().parseHex(uidHex)));
        return m;
    }

    /** A one-off class starting at {@code start}. */
    public UUID classAt(String name, Instant start) {
        return classAt(name, start, "Studio 1");
    }

    /** A one-off class starting at {@code start} in {@code room}. */
    public UUID classAt(String name, Instant start, String room) {
        UUID type = timetable.createClassType(name, "", Duration.ofMinutes(60));
        return timetable.addOneOffSession(type, start, Duration.ofMinutes(60), room, null, 10);
    }

    /** Presents the card with this ISO 14443-A UID (hex) to the check-in service, now. */
    public CheckInOutcome tap(String uidHex) {
        return checkIn.checkIn(CardRead.of("test-reader", CardKey.iso14443a(HexFormat.of().parseHex(uidHex))));
    }

    /**
     * Checks the card in once on each of the {@code days} days before today, at today's time
     * of day, and puts the clock back: the card's next check-in is visit {@code days + 1}.
     */
    public void visitsOnEarlierDays(String uidHex, int days) {
        Instant now = clock.instant();
        try {
            for (int d = days; d >= 1; d--) {
                clock.set(now.atZone(ZONE).minusDays(d).toInstant());
                CheckInOutcome outcome = tap(uidHex);
                if (!(outcome instanceof CheckInOutcome.CheckedIn)) {
                    throw new IllegalStateException("an earlier visit was not checked in: " + outcome);
                }
            }
        } finally {
            clock.set(now);
        }
    }

    /**
     * The pain reports in the file, oldest first, read on a connection of their own (so this
     * works after {@link Database#close()} too).
     */
    public List<PainReport> storedPainReports() {
        return query("SELECT id, member_id, attendance_id, score, context, reported_at FROM pain_report"
                + " ORDER BY reported_at, id", rs -> new PainReport(UUID.fromString(rs.getString(1)),
                        UUID.fromString(rs.getString(2)),
                        rs.getString(3) == null ? null : UUID.fromString(rs.getString(3)), rs.getInt(4),
                        rs.getString(5), Instant.ofEpochMilli(rs.getLong(6))));
    }

    /** How many attendance rows the member has in the file (read on a connection of its own). */
    public int attendanceRows(UUID memberId) {
        return query("SELECT COUNT(*) FROM attendance WHERE member_id = ?", rs -> rs.getInt(1),
                memberId.toString()).get(0);
    }

    /** The id of the member's newest attendance row. */
    public UUID tapAttendanceIdOf(UUID memberId) {
        return query("SELECT id FROM attendance WHERE member_id = ? ORDER BY checked_in_at DESC LIMIT 1",
                rs -> UUID.fromString(rs.getString(1)), memberId.toString()).get(0);
    }

    /** How many attendance rows the file holds (read on a connection of its own). */
    public int attendanceRows() {
        return query("SELECT COUNT(*) FROM attendance", rs -> rs.getInt(1)).get(0);
    }

    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.file().toAbsolutePath());
                PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                st.setObject(i + 1, args[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("test query failed: " + sql, e);
        }
    }

    @Override
    public void close() {
        db.close();
    }
}
