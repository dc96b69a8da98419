package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.ExercisePerformed;
import org.backclass.domain.progress.Completion;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcClassResultsTest {

    private static final Instant START = Instant.parse("2026-11-24T17:00:00Z");

    @TempDir
    Path dir;
    private TestGym gym;
    private JdbcClassResults results;
    private Member anna;
    private Member bernd;
    private UUID session;

    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, START.minus(Duration.ofMinutes(5)));
        results = new JdbcClassResults(gym.db);
        anna = gym.memberWithCard("Anna", "Keller", "04A3C6CAE26180");
        bernd = gym.memberWithCard("Bernd", "Vogel", "8B6566B9");
        session = gym.classAt("Back Stability", START);
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    private List<String> records() {
        return gym.db.read(c -> {
            try (var rs = c.createStatement().executeQuery("""
                    SELECT m.first_name, r.exercise_id, r.level, r.completion, r.class_session_id
                    FROM exercise_record r JOIN member m ON m.id = r.member_id ORDER BY m.first_name, r.exercise_id""")) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " L" + rs.getInt(3) + " " + rs.getString(4)
                            + (rs.getString(5) == null ? " routine" : " class"));
                }
                return out;
            }
        });
    }

    @Test
    void closingAClassRecordsWhatEachMemberDidOnce() {
        List<ExercisePerformed> done = List.of(
                new ExercisePerformed(anna.id(), "bird-dog", 3, Completion.COMPLETED),
                new ExercisePerformed(bernd.id(), "bird-dog", 1, Completion.PARTIAL),
                new ExercisePerformed(anna.id(), "wall-sit", 2, Completion.SKIPPED));

        assertThat(results.closeSession(session, START.plus(Duration.ofMinutes(60)), done)).isTrue();
        assertThat(results.closeSession(session, START.plus(Duration.ofMinutes(61)), done)).isFalse();

        assertThat(records()).containsExactly("Anna bird-dog L3 completed class", "Anna wall-sit L2 skipped class",
                "Bernd bird-dog L1 partial class");
    }

    @Test
    void aClosedClassTakesNoMoreCheckIns() {
        results.closeSession(session, START.plus(Duration.ofMinutes(10)), List.of());
        gym.clock.set(START.plus(Duration.ofMinutes(12)));

        CheckInOutcome.CheckedIn late = (CheckInOutcome.CheckedIn) gym.checkIn.checkIn(
                CardRead.of("test", new CardKey("A:04A3C6CAE26180")));

        assertThat(late.session()).as("the late tap is an open-gym visit").isNull();
    }

    @Test
    void aRoutineIsRecordedWithoutAClass() {
        results.recordRoutine(START, List.of(new ExercisePerformed(anna.id(), "cat-cow", 1, Completion.COMPLETED)));

        assertThat(records()).containsExactly("Anna cat-cow L1 completed routine");
    }

    @Test
    void anUnknownMemberWritesNothingAtAll() {
        List<ExercisePerformed> done = List.of(
                new ExercisePerformed(anna.id(), "bird-dog", 3, Completion.COMPLETED),
                new ExercisePerformed(UUID.randomUUID(), "bird-dog", 1, Completion.COMPLETED));

        assertThatThrownBy(() -> results.closeSession(session, START, done)).isInstanceOf(StoreException.class);

        assertThat(records()).isEmpty();
        assertThat(results.closeSession(session, START, List.of())).as("still open after the failure").isTrue();
    }

    @Test
    void currentLevelsAreTheNewestNotSkippedLevelOfEachExercise() {
        assertThat(results.currentLevels(anna.id())).isEmpty();
        results.recordRoutine(START, List.of(
                new ExercisePerformed(anna.id(), "bird-dog", 1, Completion.COMPLETED),
                new ExercisePerformed(anna.id(), "cat-cow", 2, Completion.COMPLETED)));
        results.closeSession(session, START.plus(Duration.ofDays(2)), List.of(
                new ExercisePerformed(anna.id(), "bird-dog", 3, Completion.PARTIAL),
                new ExercisePerformed(anna.id(), "cat-cow", 4, Completion.SKIPPED),
                new ExercisePerformed(bernd.id(), "bird-dog", 2, Completion.COMPLETED)));

        assertThat(results.currentLevels(anna.id())).isEqualTo(java.util.Map.of("bird-dog", 3, "cat-cow", 2));
        assertThat(results.currentLevels(bernd.id())).isEqualTo(java.util.Map.of("bird-dog", 2));
    }
}
