package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.consent.NoConsentException;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.outcome.ActivityRating;
import org.backclass.domain.progress.outcome.DueCheck;
import org.backclass.domain.progress.outcome.NotNow;
import org.backclass.domain.progress.outcome.OutcomeAnswer;
import org.backclass.domain.progress.outcome.OutcomeHistory;
import org.backclass.domain.progress.outcome.OutcomeSchedule;
import org.backclass.domain.progress.outcome.OutcomeService;
import org.backclass.domain.progress.outcome.OutcomeWindows;
import org.backclass.domain.progress.outcome.Timepoint;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress checks in a real SQLite file: consent, at most once per timepoint, and what is due when. */
class JdbcOutcomeStoreTest {

    /** Monday 10 March 2025, 17:55 in Berlin. */
    private static final Instant NOW = ZonedDateTime.of(2025, 3, 10, 17, 55, 0, 0, TestGym.ZONE).toInstant();
    private static final String ANNAS_CARD = "04A1B2C3D4E5F6";

    @TempDir
    Path dir;
    private TestGym gym;
    private JdbcOutcomeStore store;
    private OutcomeService outcomes;
    private Member anna;

    @BeforeEach
    void open() {
        gym = new TestGym(dir, NOW);
        store = new JdbcOutcomeStore(gym.db, gym.clock);
        outcomes = new OutcomeService(store, new OutcomeSchedule(8, OutcomeWindows.defaults()), gym.clock);
        anna = gym.memberWithCard("Anna", "Kowalski", ANNAS_CARD);
    }

    @AfterEach
    void close() {
        gym.close();
    }

    private static List<ActivityRating> ratings(int walking, int sitting, int other) {
        return List.of(new ActivityRating("Walking", walking), new ActivityRating("Sitting", sitting),
                new ActivityRating("Playing golf", other));
    }

    private OutcomeAnswer answer(Member m, Timepoint t, int pain, List<ActivityRating> r) {
        return new OutcomeAnswer(UUID.randomUUID(), m.id(), t, gym.clock.instant(), pain, r);
    }

    @Test
    void anAnswerIsStoredAndReadBackWithEveryField() {
        OutcomeAnswer baseline = answer(anna, Timepoint.BASELINE, 6, ratings(3, 5, 0));
        gym.clock.advance(Duration.ofDays(56));
        OutcomeAnswer end = answer(anna, Timepoint.END_OF_COURSE, 3, ratings(7, 6, 4));

        assertThat(store.add(end)).isTrue();
        assertThat(store.add(baseline)).isTrue();

        assertThat(store.answers(anna.id())).containsExactly(baseline, end); // oldest first
        assertThat(store.answers(UUID.randomUUID())).isEmpty();
        assertThat(count("SELECT COUNT(*) FROM change_log WHERE table_name = 'outcome_answer'")).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM outcome_answer WHERE kiosk_id = 'test-kiosk'")).isEqualTo(2);
    }

    @Test
    void aTimepointIsAnsweredAtMostOnce() {
        assertThat(store.add(answer(anna, Timepoint.BASELINE, 6, ratings(3, 5, 0)))).isTrue();

        assertThat(store.add(answer(anna, Timepoint.BASELINE, 2, ratings(9, 9, 9)))).isFalse();

        assertThat(store.answers(anna.id())).singleElement().satisfies(a -> assertThat(a.pain()).isEqualTo(6));
    }

    @Test
    void withoutConsentNothingIsStored() {
        Member nora = gym.memberWithoutConsent("Nora", "Berg", "04DDDDDDDDDDDD");
        assertThatThrownBy(() -> store.add(answer(nora, Timepoint.BASELINE, 4, ratings(1, 2, 3))))
                .isInstanceOf(NoConsentException.class);

        gym.consent.record(anna.id(), false, HealthConsent.RecordedBy.MEMBER);
        assertThatThrownBy(() -> store.add(answer(anna, Timepoint.BASELINE, 4, ratings(1, 2, 3))))
                .isInstanceOf(NoConsentException.class);

        assertThat(count("SELECT COUNT(*) FROM outcome_answer")).isZero();
    }

    @Test
    void theHistoryHoldsTheCourseStartAnswersAndNotNow() {
        assertThat(store.history(anna.id())).isEqualTo(OutcomeHistory.none());

        gym.visitsOnEarlierDays(ANNAS_CARD, 3);
        gym.tap(ANNAS_CARD);
        store.notNow(anna.id(), Timepoint.BASELINE, NOW);
        OutcomeAnswer a = answer(anna, Timepoint.BASELINE, 5, ratings(2, 3, 4));
        store.add(a);

        OutcomeHistory h = store.history(anna.id());
        assertThat(h.courseStart()).isEqualTo(LocalDate.of(2025, 3, 7));
        assertThat(h.answers()).containsExactly(a);
        assertThat(h.notNow()).containsExactly(new NotNow(Timepoint.BASELINE, NOW));
        assertThat(count("SELECT COUNT(*) FROM change_log WHERE table_name = 'outcome_not_now'")).isEqualTo(1);
    }

    @Test
    void aNewMembersFirstTapHasTheBaselineDueAndTheEndOfCourseRatesTheSameActivities() {
        gym.tap(ANNAS_CARD);
        assertThat(outcomes.due(anna.id())).contains(new DueCheck(Timepoint.BASELINE, List.of()));

        assertThat(outcomes.answer(anna.id(), Timepoint.BASELINE, 6, ratings(3, 5, 0))).isPresent();
        assertThat(outcomes.due(anna.id())).as("answered").isEmpty();

        gym.clock.advance(Duration.ofDays(56)); // 8 weeks: the end of the course
        gym.tap(ANNAS_CARD);
        assertThat(outcomes.due(anna.id())).contains(new DueCheck(Timepoint.END_OF_COURSE,
                List.of("Walking", "Sitting", "Playing golf")));
        outcomes.notNow(anna.id(), Timepoint.END_OF_COURSE);
        assertThat(outcomes.due(anna.id())).as("not now: not again today").isEmpty();

        gym.clock.advance(Duration.ofDays(1));
        assertThat(outcomes.due(anna.id())).map(DueCheck::timepoint).contains(Timepoint.END_OF_COURSE);
        assertThat(outcomes.answer(anna.id(), Timepoint.END_OF_COURSE, 3, ratings(7, 6, 4))).isPresent();
        assertThat(outcomes.answer(anna.id(), Timepoint.END_OF_COURSE, 1, ratings(9, 9, 9))).as("twice").isEmpty();
        assertThat(outcomes.answers(anna.id())).extracting(OutcomeAnswer::timepoint, OutcomeAnswer::pain)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Timepoint.BASELINE, 6),
                        org.assertj.core.groups.Tuple.tuple(Timepoint.END_OF_COURSE, 3));
    }

    @Test
    void theDatabaseRefusesWhatTheDomainWouldRefuse() throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + gym.db.file().toAbsolutePath());
                var st = c.createStatement()) {
            String row = "INSERT INTO outcome_answer (id, kiosk_id, modified_at, member_id, timepoint, answered_at, pain,"
                    + " activity_1, score_1, activity_2, score_2, activity_3, score_3) VALUES ('x', 'k', 0, '"
                    + anna.id() + "', '%s', 0, %d, '%s', 5, 'b', 5, 'c', 5)";
            assertThatThrownBy(() -> st.executeUpdate(row.formatted("2-months", 5, "a")))
                    .hasMessageContaining("CHECK");
            assertThatThrownBy(() -> st.executeUpdate(row.formatted("baseline", 11, "a")))
                    .hasMessageContaining("CHECK");
            assertThatThrownBy(() -> st.executeUpdate(row.formatted("baseline", 5, "x".repeat(61))))
                    .hasMessageContaining("CHECK");
        }
    }

    private int count(String sql) {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + gym.db.file().toAbsolutePath());
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
