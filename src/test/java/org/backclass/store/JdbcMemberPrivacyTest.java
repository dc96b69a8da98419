package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.NewMember;
import org.backclass.domain.privacy.AuditEntry;
import org.backclass.domain.privacy.Erasure;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export and erasure on a real SQLite file holding a row for the member in every table that has a
 * {@code member_id}: afterwards no column of any table, and no byte of the file, still holds the
 * member's name, number, email, card or own words, while attendance counts per day hold.
 */
class JdbcMemberPrivacyTest {

    private static final Instant NOW = Instant.parse("2025-03-10T09:00:00Z");
    private static final String ANNA_CARD = "04A1B2C3D4E5F6";
    private static final String BRUNO_CARD = "04B0B0B0B0B0B0";
    /** Everything that would identify Anna; none may survive erasure anywhere in the file. */
    private static final List<String> ANNA_VALUES = List.of("Annaliese", "Quastenberg", "M-77123",
            "annaliese.q@example.org", ANNA_CARD, "Rosenbeet umgraben");

    @TempDir
    Path dir;
    TestGym gym;
    JdbcMemberPrivacy privacy;
    Member anna;
    Member bruno;

    @BeforeEach
    void seed() {
        gym = new TestGym(dir, NOW);
        privacy = new JdbcMemberPrivacy(gym.db, gym.clock);
        anna = gym.members.create(new NewMember(new MemberName("Annaliese", "Quastenberg"), "M-77123",
                "annaliese.q@example.org"));
        gym.members.enrolCard(anna.id(), CardKey.iso14443a(HexFormat.of().parseHex(ANNA_CARD)));
        gym.consent.record(anna.id(), true, HealthConsent.RecordedBy.MEMBER);
        bruno = gym.memberWithCard("Bruno", "Brecht", BRUNO_CARD);
        UUID session = gym.classAt("Back Basics", NOW.plusSeconds(600));
        gym.visitsOnEarlierDays(ANNA_CARD, 2);
        gym.visitsOnEarlierDays(BRUNO_CARD, 1);
        assertThat(gym.tap(ANNA_CARD)).isInstanceOf(CheckInOutcome.CheckedIn.class);
        assertThat(gym.tap(BRUNO_CARD)).isInstanceOf(CheckInOutcome.CheckedIn.class);
        UUID annaVisit = gym.tapAttendanceIdOf(anna.id());
        gym.redFlags.record(anna.id(), annaVisit, true);
        gym.painReports.reportAtCheckIn(anna.id(), annaVisit, 6);
        gym.painReports.reportAtCheckIn(bruno.id(), gym.tapAttendanceIdOf(bruno.id()), 3);
        // The kinds of record only a finished class or a progress check writes, seeded directly.
        sql("INSERT INTO class_feedback (id, kiosk_id, modified_at, member_id, class_session_id, pain_now, effort,"
                + " answered_at) VALUES (?, 'k', 1, ?, ?, 4, 5, 1)", UUID.randomUUID(), anna.id(), session);
        sql("INSERT INTO outcome_answer (id, kiosk_id, modified_at, member_id, timepoint, answered_at, pain,"
                + " activity_1, score_1, activity_2, score_2, activity_3, score_3)"
                + " VALUES (?, 'k', 1, ?, 'baseline', 1, 5, 'Rosenbeet umgraben', 3, 'Laufen', 6, 'Heben', 4)",
                UUID.randomUUID(), anna.id());
        sql("INSERT INTO outcome_not_now (id, kiosk_id, modified_at, member_id, timepoint, put_off_at)"
                + " VALUES (?, 'k', 1, ?, 'end-of-course', 1)", UUID.randomUUID(), anna.id());
        sql("INSERT INTO exercise_record (id, kiosk_id, modified_at, member_id, class_session_id, exercise_id, level,"
                + " completion, recorded_at) VALUES (?, 'k', 1, ?, ?, 'bridge', 2, 'completed', 1)",
                UUID.randomUUID(), anna.id(), session);
        sql("INSERT INTO level_change (id, kiosk_id, modified_at, member_id, exercise_id, class_session_id,"
                + " proposed_kind, proposed_level, reason, decision, from_level, resulting_level, decided_by,"
                + " decided_at) VALUES (?, 'k', 1, ?, 'bridge', ?, 'progress', 3, 'PAIN_STABLE', 'confirmed', 2, 3,"
                + " 'PIN', 1)", UUID.randomUUID(), anna.id(), session);
    }

    @AfterEach
    void close() {
        gym.close();
    }

    @Test
    void theExportHoldsEveryKindOfRecordOfTheMemberAndNothingOfOthers() {
        LinkedHashMap<String, Object> export = privacy.export(anna.id()).orElseThrow();

        assertThat(export).containsOnlyKeys("member", "cards", "attendance", "painReports", "afterClass",
                "redFlags", "consentHistory", "outcomes", "outcomesPutOff", "exerciseRecords", "levelDecisions");
        @SuppressWarnings("unchecked")
        Map<String, Object> member = (Map<String, Object>) export.get("member");
        assertThat(member).containsEntry("firstName", "Annaliese").containsEntry("email", "annaliese.q@example.org")
                .containsEntry("memberNumber", "M-77123").containsEntry("createdAt", NOW.toString());
        for (String kind : export.keySet()) {
            if (!kind.equals("member")) {
                assertThat((List<?>) export.get(kind)).as(kind).isNotEmpty();
            }
        }
        assertThat((List<?>) export.get("attendance")).hasSize(3);
        assertThat(export.toString()).contains("Rosenbeet umgraben").doesNotContain(bruno.id().toString());
    }

    @Test
    void erasureLeavesNoPersonalOrHealthValueInAnyTableOrTheFileWhileAttendanceCountsHold() throws Exception {
        Map<String, Integer> perDayBefore = attendancePerDay();

        Erasure erasure = privacy.erase(anna.id(), audit()).orElseThrow();

        assertThat(erasure.repeated()).isFalse();
        assertThat(erasure.erasedAt()).isEqualTo(NOW);
        List<String> tables = tables();
        assertThat(tables).contains("member", "card", "card_alias", "attendance", "pain_report", "outcome_answer",
                "erasure", "audit_log", "change_log");
        for (String table : tables) {
            for (String column : columns(table)) {
                for (String value : ANNA_VALUES) {
                    assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE instr(upper(CAST(" + column
                            + " AS TEXT)), upper(?)) > 0", value)).as(table + "." + column + " holds " + value)
                            .isZero();
                }
            }
        }
        for (String table : List.of("card", "pain_report", "red_flag_answer", "class_feedback", "outcome_answer",
                "outcome_not_now", "health_consent", "exercise_record", "level_change")) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE member_id = ?", anna.id()))
                    .as(table).isZero();
        }
        assertThat(attendancePerDay()).isEqualTo(perDayBefore);
        assertThat(count("SELECT COUNT(*) FROM attendance WHERE member_id = ? AND card_id IS NULL", anna.id()))
                .isEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM erasure WHERE member_id = ?", anna.id())).isOne();
        assertThat(count("SELECT COUNT(*) FROM change_log WHERE table_name = 'erasure'")).isOne();
        assertThat(count("SELECT COUNT(*) FROM audit_log WHERE action = 'member.erase' AND target = ?", anna.id()))
                .isOne();
        assertThat(count("SELECT COUNT(*) FROM pain_report WHERE member_id = ?", bruno.id())).isOne();
        assertThat(count("SELECT COUNT(*) FROM card WHERE member_id = ?", bruno.id())).isOne();

        gym.db.close();
        String raw = new String(Files.readAllBytes(gym.db.file()), StandardCharsets.ISO_8859_1);
        for (String value : ANNA_VALUES) {
            assertThat(raw.contains(value)).as("the file's bytes hold " + value).isFalse();
        }
        assertThat(raw).contains("Brecht");
    }

    @Test
    void anErasedMemberVanishesFromListsAndTheirCardNoLongerChecksIn() {
        privacy.erase(anna.id(), audit()).orElseThrow();

        assertThat(gym.members.listWithCards()).extracting(Member::id).containsExactly(bruno.id());
        assertThat(gym.members.search("Quastenberg", 10)).isEmpty();
        assertThat(gym.members.search("Erased", 10)).isEmpty();
        gym.clock.set(NOW.plusSeconds(120));
        assertThat(gym.tap(ANNA_CARD)).isInstanceOf(CheckInOutcome.UnknownCard.class);
        assertThat(privacy.export(anna.id())).isEmpty();
    }

    @Test
    void erasingAgainChangesNothingAndReturnsTheFirstErasure() {
        Erasure first = privacy.erase(anna.id(), audit()).orElseThrow();
        gym.clock.set(NOW.plusSeconds(3600));

        Erasure again = privacy.erase(anna.id(), audit()).orElseThrow();

        assertThat(again.repeated()).isTrue();
        assertThat(again.erasedAt()).isEqualTo(first.erasedAt());
        assertThat(count("SELECT COUNT(*) FROM erasure")).isOne();
        assertThat(count("SELECT COUNT(*) FROM audit_log")).isOne();
        assertThat(privacy.erase(UUID.randomUUID(), audit())).isEmpty();
    }

    private AuditEntry audit() {
        return AuditEntry.of(gym.clock.instant(), "admin-laptop", "member.erase", anna.id().toString(), "");
    }

    private Map<String, Integer> attendancePerDay() {
        Map<String, Integer> perDay = new TreeMap<>();
        query("SELECT day, COUNT(*) FROM attendance WHERE deleted = 0 GROUP BY day", rs -> {
            perDay.put(rs.getString(1), rs.getInt(2));
            return null;
        });
        return perDay;
    }

    private List<String> tables() {
        return query("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'",
                rs -> rs.getString(1));
    }

    private List<String> columns(String table) {
        return query("SELECT name FROM pragma_table_info('" + table + "')", rs -> rs.getString(1));
    }

    private int count(String sql, Object... args) {
        return query(sql, rs -> rs.getInt(1), args).get(0);
    }

    private interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private <T> List<T> query(String sql, Row<T> row, Object... args) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + gym.db.file().toAbsolutePath());
                PreparedStatement st = c.prepareStatement(sql)) {
            bind(st, args);
            List<T> out = new ArrayList<>();
            try (ResultSet rs = st.executeQuery()) {
                while (rs.next()) {
                    out.add(row.map(rs));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private void sql(String sql, Object... args) {
        gym.db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(sql)) {
                bind(st, args);
                return st.executeUpdate();
            }
        });
    }

    private static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            st.setObject(i + 1, args[i] instanceof UUID u ? u.toString() : args[i]);
        }
    }
}
