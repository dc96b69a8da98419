package org.backclass.testing;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.checkin.CheckInPolicy;
import org.backclass.domain.checkin.CheckInService;
import org.backclass.domain.event.KioskEvents;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.NewMember;
import org.backclass.store.Database;
import org.backclass.store.JdbcCheckInStore;
import org.backclass.store.JdbcMemberStore;
import org.backclass.store.JdbcTimetableStore;

/** A real SQLite gym in a temporary folder, with a clock the test controls. */
public final class TestGym implements AutoCloseable {

    public static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    public final MutableClock clock;
    public final Database db;
    public final JdbcMemberStore members;
    public final JdbcTimetableStore timetable;
    public final KioskEvents events = new KioskEvents();
    public final CheckInService checkIn;

    public TestGym(Path dir, Instant now) {
        this(dir, now, CheckInPolicy.DEFAULT);
    }

    public TestGym(Path dir, Instant now, CheckInPolicy policy) {
        clock = new MutableClock(now, ZONE);
        db = Database.open(dir.resolve("gym.db"), "test-kiosk");
        members = new JdbcMemberStore(db, clock);
        timetable = new JdbcTimetableStore(db, clock);
        checkIn = new CheckInService(new JdbcCheckInStore(db, clock), clock, policy, events);
    }

    /** A member holding a card with the given ISO 14443-A UID (hex). */
    public Member memberWithCard(String first, String last, String uidHex) {
        Member m = members.create(new NewMember(new MemberName(first, last), null, null));
        Member.Card card = members.enrolCard(m.id(), CardKey.iso14443a(HexFormat.of().parseHex(uidHex)));
        return new Member(m.id(), m.name(), m.memberNumber(), m.email(), m.createdAt(), java.util.List.of(card));
    }

    /** A one-off class starting at {@code start}. */
    public UUID classAt(String name, Instant start) {
        UUID type = timetable.createClassType(name, "", Duration.ofMinutes(60));
        return timetable.addOneOffSession(type, start, Duration.ofMinutes(60), "Studio 1", null, 10);
    }

    @Override
    public void close() {
        db.close();
    }
}
