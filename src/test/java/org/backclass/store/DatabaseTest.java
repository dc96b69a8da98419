package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.NewMember;
import org.backclass.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("nested/folder/test.db"), "kiosk-a");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (var st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void everyConnectionIsDurableWalWithForeignKeysAndABusyTimeout() {
        for (Database.Work<List<String>> probe : List.<Database.Work<List<String>>>of(
                c -> List.of(pragma(c, "journal_mode"), pragma(c, "synchronous"), pragma(c, "foreign_keys"),
                        pragma(c, "busy_timeout")))) {
            assertThat(db.write(probe)).containsExactly("wal", "2", "1", "5000");
            assertThat(db.read(probe)).containsExactly("wal", "2", "1", "5000");
        }
        assertThat(Files.exists(dir.resolve("nested/folder/test.db"))).isTrue();
    }

    @Test
    void migrationsCreateTheSchemaOnceAndReopeningKeepsData() throws Exception {
        new JdbcMemberStore(db, new MutableClock(Instant.EPOCH, java.time.ZoneOffset.UTC))
                .create(new NewMember(new MemberName("Anna", "Keller"), "M1", null));
        db.close();

        db = Database.open(dir.resolve("nested/folder/test.db"), "kiosk-a");

        long migrations;
        try (var files = Files.list(Path.of("src/main/resources/db/migration"))) {
            migrations = files.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        }
        assertThat(migrations).isGreaterThanOrEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1")).isEqualTo((int) migrations);
        assertThat(new JdbcMemberStore(db, java.time.Clock.systemUTC()).count()).isEqualTo(1);
    }

    @Test
    void aFailedWriteRollsBackEverything() {
        assertThatThrownBy(() -> db.write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("INSERT INTO staff (id, kiosk_id, modified_at, name, role) VALUES ('s1','k',1,'Tom','instructor')");
                st.executeUpdate("INSERT INTO staff (id, kiosk_id, modified_at, name, role) VALUES ('s2','k',1,'Eve','boss')");
            }
            return null;
        })).isInstanceOf(StoreException.class).hasMessageContaining("CHECK constraint");

        assertThat(count("SELECT COUNT(*) FROM staff")).isZero();
    }

    @Test
    void foreignKeysAreEnforced() {
        assertThatThrownBy(() -> db.write(c -> {
            try (var st = c.createStatement()) {
                return st.executeUpdate("INSERT INTO attendance (id, kiosk_id, modified_at, member_id, day, checked_in_at)"
                        + " VALUES ('a1', 'k', 1, 'no-such-member', '2026-01-01', 1)");
            }
        })).isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");
    }

    @Test
    void replicatedWritesAreRecordedInTheChangeLogWithKioskAndStamp() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"), java.time.ZoneOffset.UTC);
        JdbcMemberStore members = new JdbcMemberStore(db, clock);
        var m = members.create(new NewMember(new MemberName("Anna", "Keller"), null, null));
        var card = members.enrolCard(m.id(), org.backclass.domain.card.CardKey.iso14443a(new byte[] {1, 2, 3, 4}));
        clock.advance(java.time.Duration.ofMinutes(1));
        members.revokeCard(card.id());

        List<String> log = db.read(c -> {
            try (var st = c.createStatement();
                    ResultSet rs = st.executeQuery("SELECT table_name, row_id, kiosk_id, modified_at FROM change_log ORDER BY seq")) {
                List<String> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getLong(4));
                }
                return rows;
            }
        });
        long t0 = Instant.parse("2026-11-22T10:00:00Z").toEpochMilli();
        assertThat(log).containsExactly(
                "member " + m.id() + " kiosk-a " + t0,
                "card " + card.id() + " kiosk-a " + t0,
                "card " + card.id() + " kiosk-a " + (t0 + 60_000));
    }

    @Test
    void aClosedDatabaseRefusesWorkAndReportsUnhealthy() {
        assertThat(db.isHealthy()).isTrue();
        db.close();

        assertThat(db.isHealthy()).isFalse();
        assertThatThrownBy(() -> db.read(c -> 1)).isInstanceOf(StoreException.class).hasMessageContaining("closed");
    }

    @Test
    void anUnwritableLocationIsAClearError() throws Exception {
        Path blocker = dir.resolve("file-not-folder");
        Files.writeString(blocker, "x");

        assertThatThrownBy(() -> Database.open(blocker.resolve("db.sqlite"), "k"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("cannot create the folder");
    }

    private int count(String sql) {
        return db.read(c -> {
            try (var st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }
}
