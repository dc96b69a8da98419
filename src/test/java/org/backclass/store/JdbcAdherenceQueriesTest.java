package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.adherence.Adherence;
import org.backclass.domain.progress.adherence.AdherencePlan;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAdherenceQueriesTest {

    /** Monday of the first week; the classes run Monday to Thursday at 18:00. */
    private static final LocalDate WEEK_1 = LocalDate.of(2026, 11, 2);
    /** Friday of week 4. */
    private static final LocalDate TODAY = WEEK_1.plusWeeks(3).plusDays(4);

    @TempDir
    Path dir;
    private TestGym gym;
    private JdbcAdherenceQueries adherence;
    private Member anna;
    private Member bernd;
    private Member chiara;

    @BeforeEach
    void open() {
        gym = new TestGym(dir, WEEK_1.atStartOfDay(TestGym.ZONE).toInstant());
        adherence = new JdbcAdherenceQueries(gym.db, AdherencePlan.defaults());
        // One class type, two groups: Tuesday/Thursday and Monday/Wednesday.
        UUID back = gym.timetable.createClassType("GLA:D Back", "", Duration.ofMinutes(60));
        for (DayOfWeek d : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY)) {
            gym.timetable.addWeeklySlot(back, d, LocalTime.of(18, 0), Duration.ofMinutes(60), "Studio 1", null, 10);
        }
        anna = gym.memberWithCard("Anna", "Keller", "04A3C6CAE26180");
        bernd = gym.memberWithCard("Bernd", "Vogel", "8B6566B9");
        chiara = gym.memberWithCard("Chiara", "Rossi", "11223344");
    }

    @AfterEach
    void close() {
        gym.close();
    }

    /** The kiosk opens the day (its sessions exist), then these members tap in at {@code time}. */
    private void day(LocalDate day, LocalTime time, Member... present) {
        gym.clock.set(day.atTime(time).atZone(TestGym.ZONE).toInstant());
        gym.timetable.sessionsOn(day);
        for (Member m : present) {
            assertThat(gym.checkIn.checkIn(CardRead.of("test-reader", new CardKey(m.cards().get(0).key()))))
                    .isInstanceOf(CheckInOutcome.CheckedIn.class);
        }
    }

    /** Four weeks: Anna comes Tuesday and Thursday for three, then misses both classes of the fourth. */
    private void fourWeeks(boolean annaTapsEarlyOnTheLastThursday) {
        for (int w = 0; w < 4; w++) {
            LocalDate monday = WEEK_1.plusWeeks(w);
            day(monday, LocalTime.of(17, 50), chiara);
            day(monday.plusDays(1), LocalTime.of(17, 50), w < 3 ? new Member[] {anna, bernd} : new Member[] {bernd});
            day(monday.plusDays(2), LocalTime.of(17, 50), chiara);
            day(monday.plusDays(3), LocalTime.of(17, 50), w < 3 ? new Member[] {anna, bernd} : new Member[] {bernd});
        }
        if (annaTapsEarlyOnTheLastThursday) {
            // Before the check-in window opens: recorded as open gym, not for the class.
            day(WEEK_1.plusWeeks(3).plusDays(3), LocalTime.of(17, 0), anna);
        }
        gym.clock.set(TODAY.atTime(9, 0).atZone(TestGym.ZONE).toInstant());
    }

    @Test
    void twoMissedClassesOfHerOwnSlotsFlagAMemberWhoCameTwiceAWeekForThreeWeeks() {
        fourWeeks(false);

        Adherence a = adherence.forMember(anna.id(), TODAY);

        // 6 of her 8 Tuesday/Thursday classes; the Monday/Wednesday group is not hers.
        assertThat(a).isEqualTo(new Adherence(0, 2, 75, 3, 6, 16, 2, true));
        assertThat(a.courseComplete()).isFalse();
    }

    @Test
    void aTapTooEarlyForTheClassStillCountsForThatDay() {
        fourWeeks(true);

        Adherence a = adherence.forMember(anna.id(), TODAY);

        assertThat(a).extracting(Adherence::sessionsThisWeek, Adherence::attendancePercent,
                Adherence::missedInARow, Adherence::flagged).containsExactly(1, 87, 0, false);
    }

    @Test
    void theRosterGetsEveryMemberAskedForInOneCall() {
        fourWeeks(false);
        Member dora = gym.memberWithCard("Dora", "Nowak", "55667788");

        Map<UUID, Adherence> roster = adherence.forMembers(
                List.of(bernd.id(), anna.id(), chiara.id(), dora.id(), anna.id()), TODAY);

        assertThat(roster.keySet()).containsExactly(bernd.id(), anna.id(), chiara.id(), dora.id());
        assertThat(roster.get(bernd.id())).isEqualTo(new Adherence(2, 2, 100, 4, 8, 16, 0, false));
        assertThat(roster.get(anna.id()).flagged()).isTrue();
        assertThat(roster.get(chiara.id())).isEqualTo(new Adherence(2, 2, 100, 4, 8, 16, 0, false));
        assertThat(roster.get(dora.id())).isEqualTo(Adherence.none(AdherencePlan.defaults()));
    }

    @Test
    void aMemberWithNoVisitsOrNoRowAtAllHasZeroAdherence() {
        Adherence none = new Adherence(0, 2, null, 0, 0, 16, 0, false);

        assertThat(adherence.forMember(anna.id(), TODAY)).isEqualTo(none);
        assertThat(adherence.forMember(UUID.randomUUID(), TODAY)).isEqualTo(none);
        assertThat(adherence.forMembers(List.of(), TODAY)).isEmpty();
    }

    @Test
    void askingForAnEarlierDayIgnoresLaterVisits() {
        fourWeeks(false);

        Adherence a = adherence.forMember(anna.id(), WEEK_1.plusWeeks(1).plusDays(2));

        assertThat(a).isEqualTo(new Adherence(1, 2, 100, 1, 3, 16, 0, false));
    }

    @Test
    void theConfiguredPlanIsUsed() {
        fourWeeks(false);
        var threeAWeek = new JdbcAdherenceQueries(gym.db, new AdherencePlan(3, 24, 8, 3));

        Adherence a = threeAWeek.forMember(anna.id(), TODAY);

        assertThat(a).extracting(Adherence::plannedThisWeek, Adherence::streakWeeks, Adherence::courseSessions,
                Adherence::flagged).containsExactly(3, 0, 24, false);
    }
}
