package org.backclass.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.progress.ExercisePerformed;
import org.backclass.store.JdbcClassFeedbackStore;
import org.backclass.store.JdbcClassResults;

/**
 * A member's history on a {@link TestGym}, written the way the kiosk writes it: a one-off class at
 * 18:00 on a past day, the member's card tapped at 17:55 (the real check-in), their answer at the
 * tap, their "how was it?" answer and their exercise records at the end of the class. The clock is
 * put back afterwards. Write history before a kiosk UI subscribes to the gym's events.
 */
public final class PastSessions {

    private final TestGym gym;
    private final JdbcClassResults results;

    public PastSessions(TestGym gym) {
        this.gym = gym;
        this.results = new JdbcClassResults(gym.db);
    }

    /**
     * One class on {@code day} for the holder of the card.
     *
     * @param before the 0–10 at check-in; null: skipped
     * @param after  the 0–10 after class; null: not answered
     * @param levels exercise id to the level worked at (completed)
     * @return the class session
     */
    public UUID classOn(LocalDate day, String uidHex, Integer before, Integer after, Map<String, Integer> levels) {
        Instant now = gym.clock.instant();
        Instant start = day.atTime(LocalTime.of(18, 0)).atZone(gym.clock.getZone()).toInstant();
        UUID session = gym.classAt("Strong Back", start);
        try {
            gym.clock.set(start.minus(Duration.ofMinutes(5)));
            if (!(gym.tap(uidHex) instanceof CheckInOutcome.CheckedIn in)) {
                throw new IllegalStateException("the past visit on " + day + " was not checked in");
            }
            UUID member = in.attendance().memberId();
            if (before != null) {
                gym.painReports.reportAtCheckIn(member, in.attendance().id(), before);
            }
            gym.clock.set(start.plus(Duration.ofMinutes(65)));
            if (after != null) {
                new JdbcClassFeedbackStore(gym.db, gym.clock).record(member, session, after, 3);
            }
            List<ExercisePerformed> done = levels.entrySet().stream()
                    .map(e -> new ExercisePerformed(member, e.getKey(), e.getValue(), Completion.COMPLETED)).toList();
            results.closeSession(session, gym.clock.instant(), done);
            return session;
        } finally {
            gym.clock.set(now);
        }
    }
}
