package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.mine.MyCourse;
import org.backclass.domain.progress.mine.MyCourse.SessionPain;
import org.backclass.testing.PastSessions;
import org.backclass.testing.TestGym;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A member's own progress read from a real SQLite file written by the real check-in and stores. */
class JdbcMyProgressQueriesTest {

    private static final String ANNAS_CARD = "04A1B2C3D4E5F6";
    private static final String KATRINS_CARD = "04C1C2C3C4C5C6";
    /** Monday 10 March 2025 (the clock stands at 17:55). */
    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private static final LocalDate MON_3 = LocalDate.of(2025, 3, 3);
    private static final LocalDate THU_6 = LocalDate.of(2025, 3, 6);

    @TempDir
    Path dir;
    private TestGym gym;
    private PastSessions past;
    private JdbcMyProgressQueries queries;
    private Member anna;

    @BeforeEach
    void openGym() {
        gym = new TestGym(dir, UiTestContext.START);
        past = new PastSessions(gym);
        queries = new JdbcMyProgressQueries(gym.db, new JdbcClassResults(gym.db), 8, TestGym.ZONE);
        anna = gym.memberWithCard("Anna", "Kowalski", ANNAS_CARD);
    }

    @AfterEach
    void closeGym() {
        gym.close();
    }

    @Test
    void theCurrentCourseWithPainBeforeAndAfterEachSessionAndTheLevels() {
        // an earlier course, ten weeks ago, whose pain must not count any more
        past.classOn(MON_3.minusWeeks(10), ANNAS_CARD, 9, 9, Map.of("bird-dog", 1));
        past.classOn(MON_3, ANNAS_CARD, 6, 5, Map.of("bird-dog", 2, "cat-cow", 1));
        past.classOn(THU_6, ANNAS_CARD, 5, null, Map.of("cat-cow", 2));
        UUID sunday = openGymVisitAt(ZonedDateTime.of(2025, 3, 9, 0, 20, 0, 0, TestGym.ZONE));
        // her routine just after midnight: answered on Sunday in Berlin, still Saturday in UTC
        gym.clock.set(ZonedDateTime.of(2025, 3, 9, 0, 40, 0, 0, TestGym.ZONE).toInstant());
        new JdbcClassFeedbackStore(gym.db, gym.clock).record(anna.id(), null, 2, 4);
        gym.painReports.reportMorningAfter(anna.id(), sunday, 7); // not a check-in answer
        gym.clock.set(UiTestContext.START);

        MyCourse mine = queries.forMember(anna.id(), TODAY).orElseThrow();

        assertThat(mine.course().start()).isEqualTo(MON_3);
        assertThat(mine.course().end()).isEqualTo(MON_3.plusWeeks(8));
        assertThat(mine.attendedDays()).containsExactly(MON_3, THU_6, LocalDate.of(2025, 3, 9));
        assertThat(mine.healthDataWithheld()).isFalse();
        assertThat(mine.sessions()).containsExactly(new SessionPain(MON_3, 6, 5), new SessionPain(THU_6, 5, null),
                new SessionPain(LocalDate.of(2025, 3, 9), null, 2));
        assertThat(mine.checkInPains()).containsExactly(6, 5);
        assertThat(mine.levels()).isEqualTo(Map.of("bird-dog", 2, "cat-cow", 2));
    }

    @Test
    void todaysTapAndAnswerAreInAndTheLaterAnswerOfADayCounts() {
        past.classOn(MON_3, ANNAS_CARD, 6, 5, Map.of());
        CheckInOutcome.CheckedIn early = (CheckInOutcome.CheckedIn) gym.tap(ANNAS_CARD); // 17:55, today's class
        gym.painReports.reportAtCheckIn(anna.id(), early.attendance().id(), 4);
        gym.clock.advance(java.time.Duration.ofMinutes(1));
        gym.painReports.reportAtCheckIn(anna.id(), early.attendance().id(), 3);

        MyCourse mine = queries.forMember(anna.id(), TODAY).orElseThrow();

        assertThat(mine.attendedDays()).containsExactly(MON_3, TODAY);
        assertThat(mine.sessions()).containsExactly(new SessionPain(MON_3, 6, 5), new SessionPain(TODAY, 3, null));
        // a day asked about before a visit was made is not in the course yet
        assertThat(queries.forMember(anna.id(), MON_3.minusDays(1)).orElseThrow().attendedDays()).isEmpty();
    }

    @Test
    void afterConsentIsWithdrawnThePainIsWithheldButSessionsAndLevelsStay() {
        past.classOn(MON_3, ANNAS_CARD, 6, 5, Map.of("bird-dog", 2));
        gym.consent.record(anna.id(), false, HealthConsent.RecordedBy.MEMBER);

        MyCourse mine = queries.forMember(anna.id(), TODAY).orElseThrow();

        assertThat(mine.healthDataWithheld()).isTrue();
        assertThat(mine.sessions()).isEmpty();
        assertThat(mine.checkInPains()).isEmpty();
        assertThat(mine.attendedDays()).containsExactly(MON_3);
        assertThat(mine.levels()).isEqualTo(Map.of("bird-dog", 2));

        // given again, the stored answers are shown again
        gym.consent.record(anna.id(), true, HealthConsent.RecordedBy.STAFF);
        assertThat(queries.forMember(anna.id(), TODAY).orElseThrow().sessions())
                .containsExactly(new SessionPain(MON_3, 6, 5));
    }

    @Test
    void aMemberNeverAskedAboutHealthDataHasItWithheldNotEmpty() {
        Member katrin = gym.memberWithoutConsent("Katrin", "Fischer", KATRINS_CARD);
        past.classOn(MON_3, KATRINS_CARD, null, null, Map.of("cat-cow", 1));

        MyCourse mine = queries.forMember(katrin.id(), TODAY).orElseThrow();

        assertThat(mine.healthDataWithheld()).isTrue();
        assertThat(mine.attendedDays()).containsExactly(MON_3);
        assertThat(mine.levels()).containsEntry("cat-cow", 1);
        // and nothing could have been stored for her in the first place
        assertThatThrownBy(() -> gym.painReports.reportAtCheckIn(katrin.id(), null, 5))
                .isInstanceOf(org.backclass.domain.consent.NoConsentException.class);
    }

    @Test
    void anUnknownMemberHasNoProgressAndAMemberWhoNeverCameACourseFromToday() {
        assertThat(queries.forMember(UUID.randomUUID(), TODAY)).isEmpty();

        MyCourse fresh = queries.forMember(anna.id(), TODAY).orElseThrow();
        assertThat(fresh.course().start()).isEqualTo(TODAY);
        assertThat(fresh.attendedDays()).isEmpty();
        assertThat(fresh.sessions()).isEmpty();
        assertThat(fresh.levels()).isEmpty();
    }

    private UUID openGymVisitAt(ZonedDateTime at) {
        java.time.Instant now = gym.clock.instant();
        gym.clock.set(at.toInstant());
        try {
            return ((CheckInOutcome.CheckedIn) gym.tap(ANNAS_CARD)).attendance().id();
        } finally {
            gym.clock.set(now);
        }
    }
}
