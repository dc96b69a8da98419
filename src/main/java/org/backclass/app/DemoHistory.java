package org.backclass.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.AttendanceRecord;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.CheckInPolicy;
import org.backclass.domain.checkin.CheckInService;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.event.KioskEvents;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.progress.ExercisePerformed;
import org.backclass.domain.progress.outcome.ActivityRating;
import org.backclass.domain.progress.outcome.OutcomeAnswer;
import org.backclass.domain.progress.outcome.Timepoint;
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.store.Database;
import org.backclass.store.JdbcCheckInStore;
import org.backclass.store.JdbcClassFeedbackStore;
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcOutcomeStore;
import org.backclass.store.JdbcPainReportStore;

/**
 * The demo gym's past, written through the real stores on clocks standing at those moments:
 * yesterday's class, so that "Review levels" in instructor mode has something to show on the
 * first start (three members came, did three exercises and said how it went — one ready for a
 * harder level, one whose moderate pain waits for the morning after, one whose pain went into the
 * red), and earlier visits and progress checks, so that the demo shows a course under way.
 * Blocking; for seeding only.
 */
final class DemoHistory {

    private static final Duration LENGTH = Duration.ofMinutes(30);
    private static final List<String> EXERCISES = List.of("dead-bug", "bird-dog", "glute-bridge");

    /** Per member: level, pain before, pain after, effort, completion. */
    private record Story(int level, int painBefore, int painAfter, int effort, Completion completion) {
    }

    private static final List<Story> STORIES = List.of(
            new Story(2, 2, 1, 4, Completion.COMPLETED),
            new Story(2, 3, 4, 5, Completion.COMPLETED),
            new Story(3, 4, 7, 7, Completion.PARTIAL));

    private final Database db;
    private final TimetableStore timetable;
    private final Clock clock;
    private final CheckInPolicy policy;

    DemoHistory(Database db, TimetableStore timetable, Clock clock, CheckInPolicy policy) {
        this.db = db;
        this.timetable = timetable;
        this.clock = clock;
        this.policy = policy;
    }

    /** A check-in with this card at {@code at} (no screen hears of it). */
    void checkInAt(CardKey card, Instant at) {
        Clock then = Clock.fixed(at, clock.getZone());
        CheckInOutcome outcome = new CheckInService(new JdbcCheckInStore(db, then), then, policy,
                new KioskEvents()).checkIn(CardRead.of("demo-history", card));
        if (!(outcome instanceof CheckInOutcome.CheckedIn)) {
            throw new IllegalStateException("a demo visit in the past was not checked in: " + outcome.code());
        }
    }

    /** A progress check the member answered at {@code at}; they must have consented. */
    void answeredAt(UUID memberId, Timepoint timepoint, Instant at, int pain, List<ActivityRating> activities) {
        new JdbcOutcomeStore(db, Clock.fixed(at, clock.getZone()))
                .add(new OutcomeAnswer(UUID.randomUUID(), memberId, timepoint, at, pain, activities));
    }

    /**
     * Yesterday at 08:00, a closed class of {@code programmeId} with the first three of these
     * members (who have consented), each also at the same levels in a routine a week ago.
     */
    void seed(List<Member> members, String programmeId) {
        List<Member> came = members.subList(0, Math.min(STORIES.size(), members.size()));
        ZonedDateTime start = clock.instant().atZone(clock.getZone()).minusDays(1).truncatedTo(ChronoUnit.DAYS)
                .withHour(8);
        UUID type = timetable.createClassType("Starter Class", "Demo class yesterday", LENGTH, programmeId);
        UUID session = timetable.addOneOffSession(type, start.toInstant(), LENGTH, "Studio 1", null, 12);
        Clock beforeClass = Clock.fixed(start.minusMinutes(5).toInstant(), clock.getZone());
        JdbcCheckInStore checkIns = new JdbcCheckInStore(db, beforeClass);
        PainReportService pain = new PainReportService(new JdbcPainReportStore(db, beforeClass), beforeClass);
        Instant closedAt = start.plus(LENGTH).toInstant();
        JdbcClassFeedbackStore feedback = new JdbcClassFeedbackStore(db, Clock.fixed(closedAt.plusSeconds(120),
                clock.getZone()));
        List<ExercisePerformed> earlier = new ArrayList<>();
        List<ExercisePerformed> done = new ArrayList<>();
        for (int i = 0; i < came.size(); i++) {
            UUID memberId = came.get(i).id();
            Story story = STORIES.get(i);
            AttendanceRecord attendance = new AttendanceRecord(UUID.randomUUID(), memberId, session,
                    start.toLocalDate(), beforeClass.instant().plusSeconds(20L * i), null);
            checkIns.inWriteTransaction(tx -> {
                tx.insertAttendance(attendance);
                return null;
            });
            pain.reportAtCheckIn(memberId, attendance.id(), story.painBefore());
            for (String exercise : EXERCISES) {
                earlier.add(new ExercisePerformed(memberId, exercise, story.level(), Completion.COMPLETED));
                done.add(new ExercisePerformed(memberId, exercise, story.level(), story.completion()));
            }
        }
        JdbcClassResults results = new JdbcClassResults(db);
        results.recordRoutine(start.minusDays(6).toInstant(), earlier);
        results.closeSession(session, closedAt, done);
        for (int i = 0; i < came.size(); i++) {
            feedback.record(came.get(i).id(), session, STORIES.get(i).painAfter(), STORIES.get(i).effort());
        }
    }
}
