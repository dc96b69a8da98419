package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassSessionRowsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Tuesday. */
    private static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dir;

    /** The same weekly slot, as sync would carry it to another kiosk (same ids). */
    private static void seedSlot(Database db) {
        db.write(c -> {
            try (var st = c.createStatement()) {
                st.executeUpdate("INSERT INTO class_type (id, kiosk_id, modified_at, name, length_min)"
                        + " VALUES ('type-1', 'a', 1, 'Back Stability', 60)");
                return st.executeUpdate("INSERT INTO timetable_entry (id, kiosk_id, modified_at, class_type_id,"
                        + " weekday, start_time, length_min, room, capacity)"
                        + " VALUES ('slot-1', 'a', 1, 'type-1', 2, '18:00', 60, 'Studio 1', 10)");
            }
        });
    }

    private static List<ClassSession> sessionsOn(Path file, String kioskId, LocalDate day) {
        try (Database db = Database.open(file, kioskId)) {
            seedSlot(db);
            Clock clock = new MutableClock(Instant.parse("2026-11-24T08:00:00Z"), BERLIN);
            return new JdbcTimetableStore(db, clock).sessionsOn(day);
        }
    }

    @Test
    void twoKiosksGiveTheSameSlotOnTheSameDayTheSameSessionId() {
        List<ClassSession> onA = sessionsOn(dir.resolve("a.db"), "kiosk-a", DAY);
        List<ClassSession> onB = sessionsOn(dir.resolve("b.db"), "kiosk-b", DAY);

        assertThat(onA).singleElement().satisfies(s -> {
            assertThat(s.startsAt()).isEqualTo(Instant.parse("2026-11-24T17:00:00Z"));
            assertThat(s.className()).isEqualTo("Back Stability");
        });
        assertThat(onB).singleElement().extracting(ClassSession::id).isEqualTo(onA.get(0).id());
    }

    @Test
    void differentDaysGetDifferentSessionsAndAskingAgainCreatesNothing() {
        Path file = dir.resolve("k.db");
        try (Database db = Database.open(file, "kiosk-a")) {
            seedSlot(db);
            JdbcTimetableStore store = new JdbcTimetableStore(db,
                    new MutableClock(Instant.parse("2026-11-24T08:00:00Z"), BERLIN));

            ClassSession tuesday = store.sessionsOn(DAY).get(0);
            ClassSession nextTuesday = store.sessionsOn(DAY.plusWeeks(1)).get(0);
            store.sessionsOn(DAY);

            assertThat(nextTuesday.id()).isNotEqualTo(tuesday.id());
            assertThat(store.sessionsOn(DAY.plusDays(1))).isEmpty();
            int rows = db.read(c -> {
                try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM class_session")) {
                    rs.next();
                    return rs.getInt(1);
                }
            });
            assertThat(rows).isEqualTo(2);
        }
    }
}
