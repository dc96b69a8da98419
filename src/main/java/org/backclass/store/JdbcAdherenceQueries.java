package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.progress.adherence.Adherence;
import org.backclass.domain.progress.adherence.AdherenceCalculator;
import org.backclass.domain.progress.adherence.AdherencePlan;
import org.backclass.domain.progress.adherence.AdherenceQueries;
import org.backclass.domain.progress.adherence.AttendanceRate;
import org.backclass.domain.progress.adherence.MemberAttendanceRate;
import org.backclass.domain.progress.adherence.ScheduledSession;
import org.backclass.domain.progress.adherence.Visit;

/**
 * {@link AdherenceQueries} on SQLite. Per member, at most two indexed queries: the member's
 * visits ({@code attendance_by_member}), then the sessions of their own slots from the course
 * start to today ({@code class_session_slot}, which also covers the date range). Which slots
 * are their own, and everything after, is decided by {@link AdherenceCalculator}. No clock:
 * days are stored as local dates and the caller says which day is today.
 */
public final class JdbcAdherenceQueries implements AdherenceQueries {

    private static final String VISITS = """
            SELECT a.day, a.class_session_id, s.timetable_entry_id
            FROM attendance a LEFT JOIN class_session s ON s.id = a.class_session_id
            WHERE a.member_id = ? AND a.deleted = 0 AND a.day <= ?""";
    // Deleted sessions were never held, so nobody missed them. Closed ones were held.
    private static final String SESSIONS_OF_SLOTS = """
            SELECT id, session_date, starts_at FROM class_session
            WHERE timetable_entry_id IN (%s) AND session_date BETWEEN ? AND ? AND deleted = 0""";

    // Anyone who has come at all by the end of the span; the others have nothing to be measured against.
    private static final String MEMBERS_SEEN = """
            SELECT m.id, m.first_name, m.last_name FROM member m
            WHERE m.deleted = 0 AND EXISTS (
                SELECT 1 FROM attendance a WHERE a.member_id = m.id AND a.deleted = 0 AND a.day <= ?)""";

    private final Database db;
    private final AdherencePlan plan;

    public JdbcAdherenceQueries(Database db, AdherencePlan plan) {
        this.db = Objects.requireNonNull(db, "db");
        this.plan = Objects.requireNonNull(plan, "plan");
    }

    @Override
    public Adherence forMember(UUID memberId, LocalDate today) {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(today, "today");
        return db.read(c -> compute(c, memberId, today));
    }

    @Override
    public Map<UUID, Adherence> forMembers(Collection<UUID> memberIds, LocalDate today) {
        Objects.requireNonNull(today, "today");
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        return db.read(c -> {
            Map<UUID, Adherence> out = new LinkedHashMap<>();
            for (UUID id : memberIds) {
                if (!out.containsKey(id)) {
                    out.put(id, compute(c, Objects.requireNonNull(id, "memberId"), today));
                }
            }
            return Collections.unmodifiableMap(out);
        });
    }

    /**
     * {@link org.backclass.domain.progress.ProgressQueries#attendanceRates}: per member seen by
     * the end of the span, their own slots as of that day and those slots' sessions in the span,
     * counted by {@link AdherenceCalculator#rate}. One unit of work; two indexed queries a member.
     */
    public List<MemberAttendanceRate> rates(LocalDate from, LocalDate to, LocalDate today) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(today, "today");
        LocalDate last = to.isBefore(today) ? to : today;
        return db.read(c -> {
            List<MemberAttendanceRate> out = new ArrayList<>();
            try (PreparedStatement st = c.prepareStatement(MEMBERS_SEEN)) {
                st.setString(1, last.toString());
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        UUID id = Rows.uuid(rs, "id");
                        String first = rs.getString("first_name");
                        // An anonymised row may have lost its name; its counts still belong in the list.
                        String shortName = first == null || first.isBlank() ? ""
                                : new MemberName(first, Objects.toString(rs.getString("last_name"), "")).shortName();
                        out.add(new MemberAttendanceRate(id, shortName, rate(c, id, from, to, today, last)));
                    }
                }
            }
            return out;
        });
    }

    private AttendanceRate rate(Connection c, UUID memberId, LocalDate from, LocalDate to, LocalDate today,
            LocalDate last) throws SQLException {
        List<Visit> visits = visits(c, memberId, last);
        Set<UUID> own = AdherenceCalculator.ownSlots(visits, last, plan);
        LocalDate firstVisit = visits.stream().map(Visit::day).min(LocalDate::compareTo).orElse(last);
        LocalDate start = from.isAfter(firstVisit) ? from : firstVisit;
        List<ScheduledSession> expected = own.isEmpty() || start.isAfter(last) ? List.of()
                : sessionsOf(c, own, start, last);
        return AdherenceCalculator.rate(visits, expected, from, to, today);
    }

    /** {@link #forMember} inside another unit of work. */
    Adherence compute(Connection c, UUID memberId, LocalDate today) throws SQLException {
        List<Visit> visits = visits(c, memberId, today);
        if (visits.isEmpty()) {
            return Adherence.none(plan);
        }
        Set<UUID> own = AdherenceCalculator.ownSlots(visits, today, plan);
        // Only bounds the read: the calculator judges nothing before the first visit anyway.
        LocalDate courseStart = visits.stream().map(Visit::day).min(LocalDate::compareTo).orElseThrow();
        List<ScheduledSession> expected = own.isEmpty() ? List.of() : sessionsOf(c, own, courseStart, today);
        return AdherenceCalculator.compute(visits, expected, today, plan);
    }

    private static List<Visit> visits(Connection c, UUID memberId, LocalDate today) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(VISITS)) {
            st.setString(1, memberId.toString());
            st.setString(2, today.toString());
            List<Visit> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new Visit(LocalDate.parse(rs.getString("day")), Rows.uuid(rs, "class_session_id"),
                            Rows.uuid(rs, "timetable_entry_id")));
                }
            }
            return out;
        }
    }

    private static List<ScheduledSession> sessionsOf(Connection c, Set<UUID> slots, LocalDate from, LocalDate to)
            throws SQLException {
        String sql = SESSIONS_OF_SLOTS.formatted(String.join(", ", Collections.nCopies(slots.size(), "?")));
        try (PreparedStatement st = c.prepareStatement(sql)) {
            int i = 1;
            for (UUID slot : slots) {
                st.setString(i++, slot.toString());
            }
            st.setString(i++, from.toString());
            st.setString(i, to.toString());
            List<ScheduledSession> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(new ScheduledSession(Rows.uuid(rs, "id"), LocalDate.parse(rs.getString("session_date")),
                            Rows.instant(rs, "starts_at")));
                }
            }
            return out;
        }
    }
}
