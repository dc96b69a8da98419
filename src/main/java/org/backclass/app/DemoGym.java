package org.backclass.app;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.MemberStore;
import org.backclass.domain.member.NewMember;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.domain.timetable.TimetableStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo gym: twelve members with cards, two instructors, a weekly timetable and, on every
 * start, a drop-in class about to begin so that a tap right away lands in a class.
 */
final class DemoGym {

    private static final Logger LOG = LoggerFactory.getLogger(DemoGym.class);

    /** The demo cards, in the order the demo keys 1..9, 0, -, = present them. */
    static final List<String> CARD_UIDS = List.of(
            "04A3C6CAE26180", "8B6566B9", "04F1A2B3C4D580", "3A7C91E2", "0412BB5AC27380", "E2019F44",
            "04C0FFEE123480", "5D3E8A10", "0499AABBCCDD80", "C4B2A1F0", "0455667788AA80", "7F00AB12");

    private static final List<String[]> MEMBERS = List.of(
            new String[] {"Anna", "Keller"}, new String[] {"Bernd", "Vogel"}, new String[] {"Chiara", "Rossi"},
            new String[] {"Dieter", "Hahn"}, new String[] {"Elif", "Yilmaz"}, new String[] {"Frank", "Lehmann"},
            new String[] {"Greta", "Schulz"}, new String[] {"Hannes", "Brandt"}, new String[] {"Ines", "Morales"},
            new String[] {"Jonas", "Wagner"}, new String[] {"Katrin", "Fischer"}, new String[] {"Leon", "Becker"});

    /** A card that no member holds, for trying the "unknown card" screen. */
    static final String UNKNOWN_UID = "04DEADBEEF0080";

    private final MemberStore members;
    private final TimetableStore timetable;
    private final Clock clock;

    DemoGym(MemberStore members, TimetableStore timetable, Clock clock) {
        this.members = members;
        this.timetable = timetable;
        this.clock = clock;
    }

    /** Seeds members, instructors and the weekly timetable once; adds today's drop-in class on every start. */
    void seed() {
        if (members.count() == 0) {
            seedPeopleAndTimetable();
        }
        ensureClassAroundNow();
    }

    private void seedPeopleAndTimetable() {
        for (int i = 0; i < MEMBERS.size(); i++) {
            String[] n = MEMBERS.get(i);
            Member m = members.create(new NewMember(new MemberName(n[0], n[1]), String.format("M%04d", 1001 + i),
                    n[0].toLowerCase(java.util.Locale.ROOT) + "@example.org"));
            members.enrolCard(m.id(), CardKey.iso14443a(HexFormat.of().parseHex(CARD_UIDS.get(i))));
        }
        UUID maria = timetable.createInstructor("Maria Lindqvist");
        UUID tom = timetable.createInstructor("Tom Okafor");
        UUID stable = timetable.createClassType("Back Stability", "Supervised stabilisation course", Duration.ofMinutes(60));
        UUID mobility = timetable.createClassType("Mobility & Walk", "Gentle mobility and a walk", Duration.ofMinutes(45));
        UUID mckenzie = timetable.createClassType("Extension Class", "McKenzie-style extension class", Duration.ofMinutes(45));
        for (DayOfWeek day : DayOfWeek.values()) {
            timetable.addWeeklySlot(mobility, day, LocalTime.of(8, 0), Duration.ofMinutes(45), "Studio 2", tom, 12);
            timetable.addWeeklySlot(stable, day, LocalTime.of(10, 30), Duration.ofMinutes(60), "Studio 1", maria, 10);
            timetable.addWeeklySlot(mckenzie, day, LocalTime.of(13, 0), Duration.ofMinutes(45), "Studio 1", tom, 10);
            timetable.addWeeklySlot(stable, day, LocalTime.of(17, 30), Duration.ofMinutes(60), "Studio 1", maria, 10);
            timetable.addWeeklySlot(mobility, day, LocalTime.of(19, 0), Duration.ofMinutes(45), "Studio 2", tom, 12);
        }
        LOG.info("Seeded the demo gym: {} members with cards, 2 instructors, {} weekly classes",
                MEMBERS.size(), 5 * 7);
    }

    /** A drop-in class starting at the next quarter hour, unless a class starts within the next 25 minutes. */
    private void ensureClassAroundNow() {
        Instant now = clock.instant();
        ZonedDateTime here = now.atZone(clock.getZone());
        List<ClassSession> today = timetable.sessionsOn(here.toLocalDate());
        boolean soon = today.stream().anyMatch(s -> !s.startsAt().isBefore(now.minus(Duration.ofMinutes(10)))
                && s.startsAt().isBefore(now.plus(Duration.ofMinutes(25))));
        if (soon) {
            return;
        }
        ZonedDateTime start = here.truncatedTo(ChronoUnit.HOURS)
                .plusMinutes(15L * (here.getMinute() / 15 + 1));
        UUID dropIn = timetable.createClassType("Drop-in Back Class", "Demo class starting soon", Duration.ofMinutes(45));
        timetable.addOneOffSession(dropIn, start.toInstant(), Duration.ofMinutes(45), "Studio 1", null, 12);
        LOG.info("Demo drop-in class at {}", start.toLocalTime());
    }
}
