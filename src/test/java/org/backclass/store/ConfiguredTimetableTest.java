package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.domain.timetable.TimetableSlot;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfiguredTimetableTest {

    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final TimetableSlot STRONG_BACK = new TimetableSlot("strong-back", "Strong Back course",
            "strong-back-course", DayOfWeek.MONDAY, LocalTime.of(18, 0), "Studio 1", "Anna Keller", 10);
    private static final TimetableSlot EXTENSION = new TimetableSlot("extension", "Extension class",
            "mckenzie-extension-class", DayOfWeek.MONDAY, LocalTime.of(9, 30), "Studio 2", "Jonas Weber", 8);

    @TempDir
    Path dir;
    private TestGym gym;

    @BeforeEach
    void open() {
        gym = new TestGym(dir, Instant.parse("2026-11-20T10:00:00Z"));
    }

    @AfterEach
    void close() {
        gym.close();
    }

    private int changes() {
        return gym.db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM change_log")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    @Test
    void theConfiguredSlotsBecomeClassesWithTheirProgrammeLength() {
        gym.timetable.applyConfiguredTimetable(List.of(STRONG_BACK, EXTENSION),
                id -> id.equals("strong-back-course") ? Duration.ofMinutes(58) : Duration.ofMinutes(39));

        List<ClassSession> monday = gym.timetable.sessionsOn(MONDAY);

        assertThat(monday).extracting(ClassSession::className).containsExactly("Extension class", "Strong Back course");
        ClassSession strong = monday.get(1);
        assertThat(strong.instructorName()).isEqualTo("Anna Keller");
        assertThat(strong.room()).isEqualTo("Studio 1");
        assertThat(strong.capacity()).isEqualTo(10);
        assertThat(strong.programmeId()).isEqualTo("strong-back-course");
        assertThat(Duration.between(strong.startsAt(), strong.endsAt())).isEqualTo(Duration.ofMinutes(60));
        assertThat(gym.timetable.sessionsOn(MONDAY.plusDays(1))).isEmpty();
    }

    @Test
    void applyingTheSameFilesAgainChangesNothing() {
        gym.timetable.applyConfiguredTimetable(List.of(STRONG_BACK, EXTENSION), id -> Duration.ofMinutes(45));
        int after = changes();

        gym.clock.advance(Duration.ofHours(1));
        gym.timetable.applyConfiguredTimetable(List.of(EXTENSION, STRONG_BACK), id -> Duration.ofMinutes(45));

        assertThat(changes()).isEqualTo(after);
    }

    @Test
    void aSlotRemovedFromTheFileIsTombstonedAndAChangedOneUpdated() {
        gym.timetable.applyConfiguredTimetable(List.of(STRONG_BACK, EXTENSION), id -> Duration.ofMinutes(45));
        TimetableSlot bigger = new TimetableSlot("strong-back", "Strong Back course", "strong-back-course",
                DayOfWeek.MONDAY, LocalTime.of(18, 0), "Studio 1", "Anna Keller", 12);

        gym.timetable.applyConfiguredTimetable(List.of(bigger), id -> Duration.ofMinutes(45));

        assertThat(gym.timetable.sessionsOn(MONDAY)).singleElement().satisfies(s -> {
            assertThat(s.className()).isEqualTo("Strong Back course");
            assertThat(s.capacity()).isEqualTo(12);
        });
        int tombstones = gym.db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM timetable_entry WHERE deleted = 1")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(tombstones).isEqualTo(1);
    }

    @Test
    void twoKiosksWithTheSameFilesGetTheSameIds() {
        gym.timetable.applyConfiguredTimetable(List.of(STRONG_BACK), id -> Duration.ofMinutes(45));
        try (TestGym other = new TestGym(dir.resolve("other"), Instant.parse("2026-11-20T10:00:00Z"))) {
            other.timetable.applyConfiguredTimetable(List.of(STRONG_BACK), id -> Duration.ofMinutes(45));

            assertThat(other.timetable.sessionsOn(MONDAY)).extracting(ClassSession::id)
                    .containsExactlyElementsOf(gym.timetable.sessionsOn(MONDAY).stream().map(ClassSession::id).toList());
        }
    }
}
