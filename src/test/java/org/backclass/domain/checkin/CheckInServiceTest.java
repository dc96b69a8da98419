package org.backclass.domain.checkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.card.RawCardFormat;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.member.Member;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Check-in rules against a real SQLite file. */
class CheckInServiceTest {

    /** Tuesday 18:00 in Berlin. */
    private static final Instant CLASS_START = ZonedDateTime.of(2026, 11, 24, 18, 0, 0, 0, TestGym.ZONE).toInstant();

    @TempDir
    Path dir;
    private TestGym gym;
    private Member anna;
    private final List<KioskEvent> published = new ArrayList<>();

    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, CLASS_START.minus(Duration.ofMinutes(10)));
        anna = gym.memberWithCard("Anna", "Keller", "04A3C6CAE26180");
        gym.events.subscribe(published::add);
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    private CheckInOutcome tap(String uid) {
        return gym.checkIn.checkIn(CardRead.of("test", CardKey.iso14443a(java.util.HexFormat.of().parseHex(uid))));
    }

    @Test
    void knownCardChecksIntoTheClassAboutToStart() throws Exception {
        UUID session = gym.classAt("Back Stability", CLASS_START);

        CheckInOutcome outcome = tap("04A3C6CAE26180");

        assertThat(outcome).isInstanceOf(CheckInOutcome.CheckedIn.class);
        CheckInOutcome.CheckedIn in = (CheckInOutcome.CheckedIn) outcome;
        assertThat(in.shortName()).isEqualTo("Anna K.");
        assertThat(in.session().id()).isEqualTo(session);
        assertThat(in.session().className()).isEqualTo("Back Stability");
        assertThat(in.visitNumber()).isEqualTo(1);
        assertThat(rowsFor(anna.id())).isEqualTo(1);
        assertThat(published).containsExactly(outcome);
    }

    @Test
    void aStaffCardOpensInstructorModeAndChecksNobodyIn() {
        gym.classAt("Back Stability", CLASS_START);
        gym.staffWithCard("Eva", "Sommer", "04E5A0B1C2D380");

        CheckInOutcome outcome = gym.tap("04E5A0B1C2D380");

        assertThat(outcome).isInstanceOfSatisfying(CheckInOutcome.StaffCard.class, staff -> {
            assertThat(staff.shortName()).isEqualTo("Eva S.");
            assertThat(staff.code()).isEqualTo("staffCard");
        });
        assertThat(gym.attendanceRows()).isZero();
        assertThat(published).containsExactly(outcome);
    }

    @Test
    void theRowIsCommittedBeforeAnyScreenHearsOfIt() {
        List<Integer> rowsSeenByListener = new ArrayList<>();
        gym.events.subscribe(e -> {
            try {
                rowsSeenByListener.add(rowsFor(anna.id()));
            } catch (Exception ex) {
                throw new IllegalStateException(ex);
            }
        });

        tap("04A3C6CAE26180");

        assertThat(rowsSeenByListener).containsExactly(1);
    }

    @ParameterizedTest(name = "tap {0} min from the start -> class: {1}")
    @CsvSource({"-31, false", "-30, true", "-1, true", "0, true", "15, true", "16, false"})
    void theWindowIsThirtyMinutesBeforeToFifteenAfter(long minutesFromStart, boolean inClass) {
        gym.classAt("Back Stability", CLASS_START);
        gym.clock.set(CLASS_START.plus(Duration.ofMinutes(minutesFromStart)));

        CheckInOutcome.CheckedIn in = (CheckInOutcome.CheckedIn) tap("04A3C6CAE26180");

        assertThat(in.session() != null).isEqualTo(inClass);
        assertThat(in.attendance().openGym()).isEqualTo(!inClass);
    }

    @Test
    void theWindowIsConfigurable() {
        gym.close();
        gym = new TestGym(dir.resolve("b"), CLASS_START.minus(Duration.ofMinutes(50)),
                new CheckInPolicy(Duration.ofMinutes(60), Duration.ZERO, Duration.ofSeconds(3)));
        gym.memberWithCard("Anna", "Keller", "04A3C6CAE26180");
        gym.classAt("Back Stability", CLASS_START);

        assertThat(((CheckInOutcome.CheckedIn) tap("04A3C6CAE26180")).session()).isNotNull();
    }

    @Test
    void overlappingWindowsPickTheClassClosestToNow() {
        gym.classAt("Early", CLASS_START.minus(Duration.ofMinutes(20)));
        UUID later = gym.classAt("Later", CLASS_START.plus(Duration.ofMinutes(5)));
        gym.clock.set(CLASS_START);

        CheckInOutcome.CheckedIn in = (CheckInOutcome.CheckedIn) tap("04A3C6CAE26180");

        assertThat(in.session().id()).isEqualTo(later);
    }

    @Test
    void weeklyTimetableSlotsBecomeSessions() {
        UUID type = gym.timetable.createClassType("Mobility", "", Duration.ofMinutes(45));
        gym.timetable.addWeeklySlot(type, DayOfWeek.TUESDAY, LocalTime.of(18, 0), Duration.ofMinutes(45), "S2", null, 8);

        CheckInOutcome.CheckedIn in = (CheckInOutcome.CheckedIn) tap("04A3C6CAE26180");

        assertThat(in.session().className()).isEqualTo("Mobility");
        assertThat(in.session().startsAt()).isEqualTo(CLASS_START);
    }

    @Test
    void outsideAnyClassIsAnOpenGymVisit() {
        CheckInOutcome.CheckedIn in = (CheckInOutcome.CheckedIn) tap("04A3C6CAE26180");

        assertThat(in.session()).isNull();
        assertThat(in.attendance().openGym()).isTrue();
        assertThat(in.attendance().day()).isEqualTo(CLASS_START.atZone(TestGym.ZONE).toLocalDate());
    }

    @Test
    void theSameCardWithinThreeSecondsIsIgnored() throws Exception {
        gym.classAt("Back Stability", CLASS_START);
        tap("04A3C6CAE26180");
        gym.clock.advance(Duration.ofMillis(2900));

        CheckInOutcome again = tap("04A3C6CAE26180");

        assertThat(again).isInstanceOf(CheckInOutcome.Ignored.class);
        assertThat(rowsFor(anna.id())).isEqualTo(1);
        assertThat(published).hasSize(1);
    }

    @Test
    void theSameCardSpelledByAnotherReaderWithinThreeSecondsIsIgnoredToo() throws Exception {
        tap("04A3C6CAE26180");
        gym.clock.advance(Duration.ofSeconds(1));

        CheckInOutcome again = gym.checkIn.checkIn(CardRead.parse("usb", "0077842122", RawCardFormat.DECIMAL));

        assertThat(again).isInstanceOf(CheckInOutcome.Ignored.class);
        assertThat(published).hasSize(1);
        gym.clock.advance(Duration.ofSeconds(4));
        assertThat(tap("04A3C6CAE26180")).isInstanceOf(CheckInOutcome.AlreadyCheckedIn.class);
    }

    @Test
    void alreadyCheckedInForThisClassAddsNoSecondRow() throws Exception {
        UUID session = gym.classAt("Back Stability", CLASS_START);
        CheckInOutcome.CheckedIn first = (CheckInOutcome.CheckedIn) tap("04A3C6CAE26180");
        gym.clock.advance(Duration.ofMinutes(2));

        CheckInOutcome again = tap("04A3C6CAE26180");

        assertThat(again).isInstanceOf(CheckInOutcome.AlreadyCheckedIn.class);
        CheckInOutcome.AlreadyCheckedIn already = (CheckInOutcome.AlreadyCheckedIn) again;
        assertThat(already.attendanceId()).isEqualTo(first.attendance().id());
        assertThat(already.session().id()).isEqualTo(session);
        assertThat(already.firstCheckedInAt()).isEqualTo(first.attendance().checkedInAt());
        assertThat(rowsFor(anna.id())).isEqualTo(1);
    }

    @Test
    void openGymOncePerDay() throws Exception {
        tap("04A3C6CAE26180");
        gym.clock.advance(Duration.ofHours(1));

        assertThat(tap("04A3C6CAE26180")).isInstanceOf(CheckInOutcome.AlreadyCheckedIn.class);
        gym.clock.advance(Duration.ofDays(1));
        CheckInOutcome.CheckedIn nextDay = (CheckInOutcome.CheckedIn) tap("04A3C6CAE26180");
        assertThat(nextDay.visitNumber()).isEqualTo(2);
        assertThat(rowsFor(anna.id())).isEqualTo(2);
    }

    @Test
    void unknownCardRecordsNothing() throws Exception {
        CheckInOutcome outcome = tap("04DEADBEEF0080");

        assertThat(outcome).isInstanceOf(CheckInOutcome.UnknownCard.class);
        assertThat(allRows()).isZero();
        assertThat(published).containsExactly(outcome);
    }

    @Test
    void revokedCardIsUnknownAtOnce() throws Exception {
        gym.members.revokeCard(anna.cards().get(0).id());

        assertThat(tap("04A3C6CAE26180")).isInstanceOf(CheckInOutcome.UnknownCard.class);
        assertThat(allRows()).isZero();
    }

    @Test
    void aDecimalReaderFindsTheCardThroughItsAlias() {
        CheckInOutcome outcome = gym.checkIn.checkIn(CardRead.parse("usb", "0077842122", RawCardFormat.DECIMAL));

        assertThat(outcome).isInstanceOf(CheckInOutcome.CheckedIn.class);
        assertThat(((CheckInOutcome.CheckedIn) outcome).attendance().memberId()).isEqualTo(anna.id());
    }

    @Test
    void concurrentTapsFromTwoReadersRecordOneRow() throws Exception {
        // No repeat filter, and time moves on every read: every tap reaches the database.
        gym.close();
        gym = new TestGym(dir.resolve("concurrent"), CLASS_START.minus(Duration.ofMinutes(10)),
                new CheckInPolicy(Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ZERO));
        Member anna2 = gym.memberWithCard("Anna", "Keller", "04A3C6CAE26180");
        gym.classAt("Back Stability", CLASS_START);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<CheckInOutcome>> taps = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String raw = i % 2 == 0 ? "04A3C6CAE26180" : "0077842122";
                RawCardFormat format = i % 2 == 0 ? RawCardFormat.HEX : RawCardFormat.DECIMAL;
                taps.add(() -> {
                    gym.clock.advance(Duration.ofMillis(1));
                    return gym.checkIn.checkIn(CardRead.parse("r", raw, format));
                });
            }
            List<String> codes = new ArrayList<>();
            for (Future<CheckInOutcome> f : pool.invokeAll(taps)) {
                codes.add(f.get().code());
            }
            assertThat(codes).containsOnly("checkedIn", "alreadyCheckedIn");
            assertThat(codes).filteredOn("checkedIn"::equals).hasSize(1);
            assertThat(rowsFor(anna2.id())).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aStorageFailureWritesNothingAndTellsTheScreens() {
        gym.db.close();

        assertThatThrownBy(() -> tap("04A3C6CAE26180")).isInstanceOf(CheckInUnavailableException.class);
        assertThat(published).singleElement().isInstanceOf(CheckInFailed.class);
    }

    private int rowsFor(UUID memberId) throws Exception {
        return count("SELECT COUNT(*) FROM attendance WHERE member_id = '" + memberId + "'");
    }

    private int allRows() throws Exception {
        return count("SELECT COUNT(*) FROM attendance");
    }

    /** Reads the file on a separate plain connection: what is there is what was committed. */
    private int count(String sql) throws Exception {
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + gym.db.file());
                var rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
