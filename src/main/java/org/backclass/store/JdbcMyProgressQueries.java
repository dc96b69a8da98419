package org.backclass.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.backclass.domain.checkin.PainReport;
import org.backclass.domain.progress.ClassResults;
import org.backclass.domain.progress.mine.Course;
import org.backclass.domain.progress.mine.MyCourse;
import org.backclass.domain.progress.mine.MyProgressQueries;

/**
 * {@link MyProgressQueries} on SQLite. Attendance, consent and pain come from one read unit of
 * work; the levels from {@link ClassResults#currentLevels}, which owns what "current level"
 * means. Four small indexed queries: the member, their visit days, their check-in answers and
 * their after-class answers in the course.
 */
public final class JdbcMyProgressQueries implements MyProgressQueries {

    private static final String MEMBER = "SELECT 1 FROM member WHERE id = ? AND deleted = 0";
    private static final String DAYS = """
            SELECT DISTINCT day FROM attendance WHERE member_id = ? AND deleted = 0 AND day <= ? ORDER BY day""";
    // Oldest first: a second answer on the same day (a class after open gym) replaces the first.
    private static final String BEFORE = """
            SELECT a.day, p.score FROM pain_report p JOIN attendance a ON a.id = p.attendance_id
            WHERE p.member_id = ? AND p.context = ? AND p.deleted = 0 AND a.deleted = 0 AND a.day BETWEEN ? AND ?
            ORDER BY p.reported_at, p.id""";
    // A class's answer belongs to the class's day; a routine's to the day it was given.
    private static final String AFTER = """
            SELECT f.pain_now, f.answered_at, s.session_date FROM class_feedback f
            LEFT JOIN class_session s ON s.id = f.class_session_id
            WHERE f.member_id = ? AND f.deleted = 0 AND f.answered_at >= ?
            ORDER BY f.answered_at, f.id""";

    private final Database db;
    private final ClassResults classResults;
    private final int courseWeeks;
    private final ZoneId zone;

    /**
     * @param courseWeeks the length of a course ({@code progress.course-weeks})
     * @param zone        the kiosk's zone, in which a routine's answer time falls on a day
     */
    public JdbcMyProgressQueries(Database db, ClassResults classResults, int courseWeeks, ZoneId zone) {
        this.db = Objects.requireNonNull(db, "db");
        this.classResults = Objects.requireNonNull(classResults, "classResults");
        if (courseWeeks < 1) {
            throw new IllegalArgumentException("a course lasts at least 1 week, was " + courseWeeks);
        }
        this.courseWeeks = courseWeeks;
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    @Override
    public Optional<MyCourse> forMember(UUID memberId, LocalDate today) {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(today, "today");
        Optional<MyCourse> read = db.read(c -> {
            if (!exists(c, memberId)) {
                return Optional.<MyCourse>empty();
            }
            List<LocalDate> visits = days(c, memberId, today);
            Course course = Course.current(visits, today, courseWeeks);
            TreeSet<LocalDate> attended = new TreeSet<>(visits);
            attended.removeIf(day -> !course.contains(day));
            boolean withheld = !JdbcConsentStore.state(c, memberId).given();
            List<MyCourse.SessionPain> pain = withheld ? List.of() : pain(c, memberId, course, today);
            return Optional.of(new MyCourse(memberId, course, attended, withheld, pain, Map.of()));
        });
        // Outside the read: the levels are their own unit of work, through the port that defines them.
        return read.map(r -> new MyCourse(r.memberId(), r.course(), r.attendedDays(), r.healthDataWithheld(),
                r.sessions(), classResults.currentLevels(memberId)));
    }

    private static boolean exists(Connection c, UUID memberId) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(MEMBER)) {
            st.setString(1, memberId.toString());
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static List<LocalDate> days(Connection c, UUID memberId, LocalDate today) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(DAYS)) {
            st.setString(1, memberId.toString());
            st.setString(2, today.toString());
            List<LocalDate> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(LocalDate.parse(rs.getString(1)));
                }
            }
            return out;
        }
    }

    private List<MyCourse.SessionPain> pain(Connection c, UUID memberId, Course course, LocalDate today)
            throws SQLException {
        LocalDate last = course.end().minusDays(1).isBefore(today) ? course.end().minusDays(1) : today;
        TreeMap<LocalDate, Integer> before = new TreeMap<>();
        try (PreparedStatement st = c.prepareStatement(BEFORE)) {
            st.setString(1, memberId.toString());
            st.setString(2, PainReport.AT_CHECK_IN);
            st.setString(3, course.start().toString());
            st.setString(4, last.toString());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    before.put(LocalDate.parse(rs.getString(1)), rs.getInt(2));
                }
            }
        }
        TreeMap<LocalDate, Integer> after = new TreeMap<>();
        try (PreparedStatement st = c.prepareStatement(AFTER)) {
            st.setString(1, memberId.toString());
            // A day early: only bounds the read, the day of each answer decides below.
            st.setLong(2, course.start().minusDays(1).atStartOfDay(zone).toInstant().toEpochMilli());
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    String sessionDate = rs.getString("session_date");
                    LocalDate day = sessionDate != null ? LocalDate.parse(sessionDate)
                            : Instant.ofEpochMilli(rs.getLong("answered_at")).atZone(zone).toLocalDate();
                    if (course.contains(day) && !day.isAfter(last)) {
                        after.put(day, rs.getInt("pain_now"));
                    }
                }
            }
        }
        TreeSet<LocalDate> days = new TreeSet<>(before.keySet());
        days.addAll(after.keySet());
        List<MyCourse.SessionPain> out = new ArrayList<>();
        for (LocalDate day : days) {
            out.add(new MyCourse.SessionPain(day, before.get(day), after.get(day)));
        }
        return out;
    }
}
