package org.backclass.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.CheckInPolicy;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.outcome.DueCheck;
import org.backclass.domain.progress.outcome.OutcomeSchedule;
import org.backclass.domain.progress.outcome.OutcomeService;
import org.backclass.domain.progress.outcome.OutcomeWindows;
import org.backclass.domain.progress.outcome.Timepoint;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.store.JdbcOutcomeStore;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo gym on a real SQLite file: members, the staff card, and a class the kiosk can lead. */
class DemoGymTest {

    /** Monday 09:50 in Berlin: no class of the demo's own around. */
    private static final java.time.Instant NOW = java.time.ZonedDateTime.of(2026, 11, 23, 9, 50, 0, 0,
            TestGym.ZONE).toInstant();

    @TempDir
    Path dir;
    private TestGym gym;

    @BeforeEach
    void open() {
        gym = new TestGym(dir, NOW);
    }

    @AfterEach
    void close() {
        gym.close();
    }

    private DemoGym demo() {
        return new DemoGym(gym.members, gym.timetable, gym.consent, gym.clock, "starter-routine",
                new DemoHistory(gym.db, gym.timetable, gym.clock, CheckInPolicy.DEFAULT));
    }

    @Test
    void seedsTwelveMembersAStaffCardAndAClassAboutToStartThatFollowsAProgramme() {
        demo().seed();

        List<Member> members = gym.members.listWithCards();
        assertThat(members).filteredOn(m -> !m.staff()).hasSize(DemoGym.CARD_UIDS.size());
        assertThat(members).filteredOn(Member::staff).singleElement()
                .satisfies(m -> assertThat(m.name().shortName()).isEqualTo("Maria L."));
        List<ClassSession> today = gym.timetable.sessionsOn(LocalDate.now(gym.clock));
        assertThat(today).singleElement().satisfies(s -> {
            assertThat(s.programmeId()).isEqualTo("starter-routine");
            assertThat(s.startsAt()).isEqualTo(NOW.plusSeconds(10 * 60)); // the next quarter hour
        });

        assertThat(gym.tap(DemoGym.CARD_UIDS.getFirst())).isInstanceOf(CheckInOutcome.CheckedIn.class);
        assertThat(gym.tap(DemoGym.STAFF_UID)).isInstanceOf(CheckInOutcome.StaffCard.class);
        assertThat(gym.tap(DemoGym.UNKNOWN_UID)).isInstanceOf(CheckInOutcome.UnknownCard.class);
    }

    @Test
    void seedingAgainAddsNothingWhileTheClassIsStillAhead() {
        demo().seed();
        demo().seed();

        assertThat(gym.members.count()).isEqualTo(DemoGym.CARD_UIDS.size() + 1);
        assertThat(gym.timetable.sessionsOn(LocalDate.now(gym.clock))).hasSize(1);
        assertThat(gym.timetable.sessionsOn(LocalDate.now(gym.clock).minusDays(1)))
                .as("yesterday's class is seeded once").hasSize(1);
    }

    @Test
    void yesterdaysClassGivesTheInstructorProposalsOfEveryKindToReview() {
        demo().seed();
        var content = org.backclass.config.content.ContentLoader.load(java.nio.file.Path.of("kiosk-config"));
        var proposals = new org.backclass.domain.progress.review.ProposalService(
                new org.backclass.store.JdbcSessionReviewQueries(gym.db),
                new org.backclass.store.JdbcLevelDecisions(gym.db), content.catalogue(),
                id -> content.programmes().stream().filter(p -> p.id().equals(id)).findFirst(),
                new org.backclass.domain.progress.progression.ProgressionEngine(), gym.clock);

        var yesterday = proposals.lastClosedSession().orElseThrow();
        assertThat(yesterday.startsAt()).isEqualTo(NOW.minus(java.time.Duration.ofDays(1))
                .atZone(TestGym.ZONE).withHour(8).withMinute(0).toInstant());
        assertThat(proposals.proposalsFor(yesterday.sessionId()).orElseThrow().proposals())
                .extracting(p -> p.shortName() + " " + p.exerciseId() + " " + p.proposal().reason())
                .containsExactly("Anna K. dead-bug GREEN_AND_ROUTINE", "Anna K. bird-dog GREEN_AND_ROUTINE",
                        "Anna K. glute-bridge GREEN_AND_ROUTINE", "Bernd V. dead-bug PAIN_AMBER_WAIT_FOR_MORNING",
                        "Bernd V. bird-dog PAIN_AMBER_WAIT_FOR_MORNING",
                        "Bernd V. glute-bridge PAIN_AMBER_WAIT_FOR_MORNING", "Chiara R. dead-bug PAIN_RED",
                        "Chiara R. bird-dog PAIN_RED", "Chiara R. glute-bridge PAIN_RED");
    }

    @Test
    void annasFirstTapBringsTheBaselineAndBerndsCourseIsAtItsEnd() {
        new DemoGym(gym.members, gym.timetable, gym.consent, gym.clock, "starter-routine",
                new DemoHistory(gym.db, gym.timetable, gym.clock, CheckInPolicy.DEFAULT)).seed();
        OutcomeService outcomes = new OutcomeService(new JdbcOutcomeStore(gym.db, gym.clock),
                new OutcomeSchedule(8, OutcomeWindows.defaults()), gym.clock);
        UUID anna = ((CheckInOutcome.CheckedIn) gym.tap(DemoGym.CARD_UIDS.get(0))).attendance().memberId();
        CheckInOutcome.CheckedIn bernd = (CheckInOutcome.CheckedIn) gym.tap(DemoGym.CARD_UIDS.get(1));

        assertThat(outcomes.due(anna)).map(DueCheck::timepoint).contains(Timepoint.BASELINE);
        assertThat(bernd.visitNumber()).isEqualTo(18); // 16 sessions of his course and yesterday's class behind him
        assertThat(outcomes.due(bernd.attendance().memberId())).hasValueSatisfying(d -> {
            assertThat(d.timepoint()).isEqualTo(Timepoint.END_OF_COURSE);
            assertThat(d.activities()).containsExactly("Walking", "Sitting", "Lifting");
        });
    }
}
