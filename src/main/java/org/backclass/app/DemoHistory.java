package org.backclass.app;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.CheckInPolicy;
import org.backclass.domain.checkin.CheckInService;
import org.backclass.domain.event.KioskEvents;
import org.backclass.domain.progress.outcome.ActivityRating;
import org.backclass.domain.progress.outcome.OutcomeAnswer;
import org.backclass.store.Database;
import org.backclass.store.JdbcCheckInStore;
import org.backclass.store.JdbcOutcomeStore;
import org.backclass.domain.progress.outcome.Timepoint;

/**
 * The demo gym's past: check-ins on earlier days and a progress check answered then, written
 * through the real check-in and store on a clock standing at that moment, so that the demo can
 * show a member whose course is under way. Blocking; for seeding only.
 */
final class DemoHistory {

    private final Database database;
    private final Clock clock;
    private final CheckInPolicy policy;

    DemoHistory(Database database, Clock clock, CheckInPolicy policy) {
        this.database = database;
        this.clock = clock;
        this.policy = policy;
    }

    /** A check-in with this card at {@code at} (no screen hears of it). */
    void checkInAt(CardKey card, Instant at) {
        Clock then = Clock.fixed(at, clock.getZone());
        CheckInOutcome outcome = new CheckInService(new JdbcCheckInStore(database, then), then, policy,
                new KioskEvents()).checkIn(CardRead.of("demo-history", card));
        if (!(outcome instanceof CheckInOutcome.CheckedIn)) {
            throw new IllegalStateException("a demo visit in the past was not checked in: " + outcome.code());
        }
    }

    /** A progress check the member answered at {@code at}; they must have consented. */
    void answeredAt(UUID memberId, Timepoint timepoint, Instant at, int pain, List<ActivityRating> activities) {
        new JdbcOutcomeStore(database, Clock.fixed(at, clock.getZone()))
                .add(new OutcomeAnswer(UUID.randomUUID(), memberId, timepoint, at, pain, activities));
    }
}
