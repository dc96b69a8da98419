package org.backclass.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import org.backclass.config.ConfigLoader;
import org.backclass.config.KioskConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A production kiosk takes its content and weekly timetable from kiosk-config at start. */
class ConfiguredKioskTest {

    @TempDir
    Path dir;

    @Test
    void theShippedTimetableIsInTheDatabaseAfterStart() throws Exception {
        KioskConfig config = ConfigLoader.defaults(dir).withDatabasePath(dir.resolve("k.db"))
                .withApi(new KioskConfig.Api(false, "127.0.0.1", 0, 1 << 20));

        try (Kiosk kiosk = Kiosk.start(new KioskOptions(config, false, true, false, Path.of("kiosk-config")))) {
            assertThat(kiosk.content()).hasValueSatisfying(c -> {
                assertThat(c.problems()).isEmpty();
                assertThat(c.timetable()).isNotEmpty();
            });
            try (var c = DriverManager.getConnection("jdbc:sqlite:" + kiosk.databaseFile());
                    var rs = c.createStatement().executeQuery("""
                            SELECT t.name, e.start_time, t.programme_id FROM timetable_entry e
                            JOIN class_type t ON t.id = e.class_type_id
                            WHERE e.deleted = 0 AND e.weekday = 1 ORDER BY e.start_time""")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Strong Back course");
                assertThat(rs.getString(2)).isEqualTo("18:00");
                assertThat(rs.getString(3)).isEqualTo("strong-back-course");
            }
        }
    }

    @Test
    void aBrokenTimetableFileLeavesTheStoredTimetableAsItWas() throws Exception {
        KioskConfig config = ConfigLoader.defaults(dir).withDatabasePath(dir.resolve("k.db"))
                .withApi(new KioskConfig.Api(false, "127.0.0.1", 0, 1 << 20));
        try (Kiosk kiosk = Kiosk.start(new KioskOptions(config, false, true, false, Path.of("kiosk-config")))) {
            assertThat(slots(kiosk)).isPositive();
        }
        Path broken = Files.createDirectories(dir.resolve("broken-config"));
        for (String file : java.util.List.of("exercises.yaml", "programmes.yaml")) {
            Files.copy(Path.of("kiosk-config", file), broken.resolve(file));
        }
        Files.writeString(broken.resolve("timetable.yaml"), "slots:\n  - classType: [unclosed\n");

        try (Kiosk kiosk = Kiosk.start(new KioskOptions(config, false, true, false, broken))) {
            assertThat(kiosk.content().orElseThrow().problems()).isNotEmpty();
            assertThat(slots(kiosk)).as("nothing tombstoned").isEqualTo(expectedSlots());
        }
    }

    private static int expectedSlots() {
        return org.backclass.config.content.ContentLoader.load(Path.of("kiosk-config")).timetable().size();
    }

    private static int slots(Kiosk kiosk) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + kiosk.databaseFile());
                var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM timetable_entry WHERE deleted = 0")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
