package org.backclass.domain.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.backclass.domain.StorageException;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.event.KioskEvents;
import org.backclass.domain.timetable.ClassSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns a card read into an attendance row for the right class, or an open-gym visit.
 *
 * <p>Thread-safe: readers and the API call {@link #checkIn} from their own threads. The
 * attendance row is committed before the outcome is published, so every screen that shows
 * "welcome" shows a durable check-in.
 */
public final class CheckInService {

    private static final Logger LOG = LoggerFactory.getLogger(CheckInService.class);

    private final CheckInStore store;
    private final Clock clock;
    private final CheckInPolicy policy;
    private final KioskEvents events;
    private static final String CARD_PREFIX = "card:";
    private final Map<String, Instant> lastSeen = new ConcurrentHashMap<>();

    public CheckInService(CheckInStore store, Clock clock, CheckInPolicy policy, KioskEvents events) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Checks the card's holder in.
     *
     * @throws CheckInUnavailableException when the database cannot record it (nothing was
     *         written; a {@link CheckInFailed} event has told the screens)
     */
    public CheckInOutcome checkIn(CardRead read) {
        Instant now = clock.instant();
        String key = read.primaryKey();
        if (seenWithinRepeatWindow(key, now)) {
            return new CheckInOutcome.Ignored(key, read.readNanos());
        }
        CheckInOutcome outcome;
        try {
            outcome = store.inWriteTransaction(tx -> decide(tx, read, now));
        } catch (StorageException e) {
            lastSeen.remove(key);
            lastSeen.keySet().removeIf(k -> k.startsWith(CARD_PREFIX) && now.equals(lastSeen.get(k)));
            LOG.error("Check-in could not be recorded", e);
            events.publish(new CheckInFailed(read.readNanos()));
            throw new CheckInUnavailableException(e);
        }
        if (!(outcome instanceof CheckInOutcome.Ignored)) {
            events.publish(outcome);
        }
        return outcome;
    }

    private boolean seenWithinRepeatWindow(String key, Instant now) {
        if (policy.repeatIgnore().isZero()) {
            return false;
        }
        lastSeen.values().removeIf(t -> t.plus(policy.repeatIgnore()).isBefore(now));
        Instant previous = lastSeen.put(key, now);
        return previous != null && !now.isBefore(previous) && !previous.plus(policy.repeatIgnore()).isBefore(now);
    }

    private CheckInOutcome decide(CheckInTransaction tx, CardRead read, Instant now) {
        Optional<CardHolder> found = tx.findCardHolder(read.lookupKeys());
        if (found.isEmpty()) {
            return new CheckInOutcome.UnknownCard(read.primaryKey(), read.readNanos());
        }
        CardHolder holder = found.get();
        // Two readers (or formats) can spell the same card differently: repeat by card, too.
        if (seenWithinRepeatWindow(CARD_PREFIX + holder.cardId(), now)) {
            return new CheckInOutcome.Ignored(read.primaryKey(), read.readNanos());
        }
        if (holder.staff()) {
            return new CheckInOutcome.StaffCard(holder.memberId(), holder.name().shortName(), read.readNanos());
        }
        ZoneId zone = clock.getZone();
        LocalDate today = now.atZone(zone).toLocalDate();
        Optional<ClassSession> session = chooseSession(tx, now, zone);

        Optional<AttendanceRecord> existing = session.isPresent()
                ? tx.findClassAttendance(holder.memberId(), session.get().id())
                : tx.findOpenGymAttendance(holder.memberId(), today);
        if (existing.isPresent()) {
            return new CheckInOutcome.AlreadyCheckedIn(existing.get().id(), holder.memberId(),
                    holder.name().shortName(), session.orElse(null), existing.get().checkedInAt(), read.readNanos());
        }
        LocalDate day = session.map(ClassSession::day).orElse(today);
        AttendanceRecord row = new AttendanceRecord(UUID.randomUUID(), holder.memberId(),
                session.map(ClassSession::id).orElse(null), day, now, holder.cardId());
        tx.insertAttendance(row);
        int visits = tx.countAttendances(holder.memberId());
        return new CheckInOutcome.CheckedIn(row, holder.name().shortName(), session.orElse(null), visits,
                read.readNanos(), holder.healthConsent(), holder.lastRedFlagCheck() == null
                        || !holder.lastRedFlagCheck().plus(policy.redFlagEvery()).isAfter(now));
    }

    /**
     * The class whose check-in window contains {@code now}; when windows overlap, the one
     * whose start is closest to now.
     */
    private Optional<ClassSession> chooseSession(CheckInTransaction tx, Instant now, ZoneId zone) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(now.atZone(zone).toLocalDate());
        days.add(now.minus(policy.after()).atZone(zone).toLocalDate());
        days.add(now.plus(policy.before()).atZone(zone).toLocalDate());
        ClassSession best = null;
        for (LocalDate day : days) {
            for (ClassSession s : tx.sessionsOn(day)) {
                // A class the instructor has ended takes no more check-ins.
                if (s.closed() || !CheckInWindow.contains(policy, s.startsAt(), now)) {
                    continue;
                }
                if (best == null || CheckInWindow.distance(s.startsAt(), now)
                        .compareTo(CheckInWindow.distance(best.startsAt(), now)) < 0) {
                    best = s;
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
