package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.checkin.RosterEntry;
import org.backclass.domain.member.Member;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcRosterQueriesTest {

    private static final Instant START = Instant.parse("2026-11-24T17:00:00Z");

    @TempDir
    Path dir;
    private TestGym gym;

    @BeforeEach
    void open() {
        gym = new TestGym(dir, START.minus(Duration.ofMinutes(20)));
    }

    @AfterEach
    void close() {
        gym.close();
    }

    private CheckInOutcome.CheckedIn tap(Member m) {
        gym.clock.advance(Duration.ofMinutes(1));
        return (CheckInOutcome.CheckedIn) gym.checkIn.checkIn(CardRead.of("t", new CardKey(m.cards().get(0).key())));
    }

    @Test
    void theRosterListsWhoTappedInWithTheirCheckInPainAndNoOneElse() {
        UUID session = gym.classAt("Back Stability", START);
        Member anna = gym.memberWithCard("Anna", "Keller", "04A3C6CAE26180");
        Member bernd = gym.memberWithCard("Bernd", "Vogel", "8B6566B9");
        gym.memberWithCard("Chiara", "Rossi", "11223344");
        PainReportService pain = new PainReportService(new JdbcPainReportStore(gym.db, gym.clock), gym.clock);
        CheckInOutcome.CheckedIn annaIn = tap(anna);
        tap(bernd);
        pain.reportAtCheckIn(anna.id(), annaIn.attendance().id(), 3);
        gym.clock.advance(Duration.ofSeconds(5));
        pain.reportAtCheckIn(anna.id(), annaIn.attendance().id(), 4);

        var roster = new JdbcRosterQueries(gym.db).roster(session);

        assertThat(roster).extracting(RosterEntry::shortName, RosterEntry::painAtCheckIn)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Anna K.", 4),
                        org.assertj.core.groups.Tuple.tuple("Bernd V.", null));
        assertThat(roster.get(0).checkedInAt()).isBefore(roster.get(1).checkedInAt());
    }

    @Test
    void aClassNobodyCameToHasAnEmptyRoster() {
        assertThat(new JdbcRosterQueries(gym.db).roster(gym.classAt("Empty", START))).isEmpty();
    }

    @Test
    void eachEntryCarriesThePreviousCheckInPainForTheChangeSinceLastTime() {
        Member anna = gym.memberWithCard("Anna", "Keller", "04A3C6CAE26180");
        gym.visitsOnEarlierDays("04A3C6CAE26180", 1);
        UUID earlier = gym.tapAttendanceIdOf(anna.id());
        gym.painReports.reportAtCheckIn(anna.id(), earlier, 6);
        UUID session = gym.classAt("Back Stability", START);
        CheckInOutcome.CheckedIn today = tap(anna);
        gym.painReports.reportAtCheckIn(anna.id(), today.attendance().id(), 4);

        RosterEntry entry = new JdbcRosterQueries(gym.db).roster(session).getFirst();

        assertThat(entry.painAtCheckIn()).isEqualTo(4);
        assertThat(entry.previousPain()).isEqualTo(6);
        assertThat(entry.painChange()).isEqualTo(-2);
    }
}
