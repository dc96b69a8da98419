package org.backclass.app;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.backclass.config.content.Content;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.consent.ConsentStore;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.MemberStore;
import org.backclass.domain.member.NewMember;
import org.backclass.domain.progress.outcome.ActivityRating;
import org.backclass.domain.progress.outcome.Timepoint;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.domain.timetable.TimetableStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo gym: twelve members with cards, a staff card for the instructor, and on every start a
 * starter class about to begin, so that a tap right away lands in a class the kiosk can lead.
 * The weekly timetable is the configured one ({@code kiosk-config/timetable.yaml}). Every member
 * is new (their first tap brings the baseline progress check) except Bernd V., whose course began
 * {@value #BERNDS_COURSE_DAYS} days before the demo was first seeded: his end-of-course check is due.
 * Yesterday's class, whose levels the instructor can review, had Anna, Bernd and Chiara.
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

    /** The instructor's staff card (demo key S): unlocks instructor mode. */
    static final String STAFF_UID = "04517AFF3E2B80";

    private static final String DROP_IN = "Starter Class";

    /** Days since Bernd's first visit: within the end-of-course check's days of an 8-week course. */
    static final int BERNDS_COURSE_DAYS = 54;

    private final MemberStore members;
    private final TimetableStore timetable;
    private final ConsentStore consent;
    private final Clock clock;
    private final String dropInProgramme;
    private final DemoHistory history;

    /**
     * @param dropInProgramme the programme of the class added around now; null: a class it cannot lead
     * @param history         yesterday's class and Bernd's course so far; null: every member is new
     */
    DemoGym(MemberStore members, TimetableStore timetable, ConsentStore consent, Clock clock,
            String dropInProgramme, DemoHistory history) {
        this.members = members;
        this.timetable = timetable;
        this.consent = consent;
        this.clock = clock;
        this.dropInProgramme = dropInProgramme;
        this.history = history;
    }

    /** The demo's class around now follows the starter routine, or whatever programme there is; null without. */
    static String programmeOf(Content content) {
        if (content == null || content.programmes().isEmpty()) {
            return null;
        }
        return content.programmes().stream().filter(p -> p.id().equals("starter-routine")).findFirst()
                .orElse(content.programmes().getFirst()).id();
    }

    /** Seeds members and the staff card once; adds a class starting soon on every start. */
    void seed() {
        if (members.count() == 0) {
            List<Member> seeded = seedMembers();
            if (history != null) {
                history.seed(seeded, dropInProgramme);
            }
        }
        if (members.listWithCards().stream().noneMatch(Member::staff)) {
            Member maria = members.create(new NewMember(new MemberName("Maria", "Lindqvist"), "S0001",
                    "maria@example.org", true));
            members.enrolCard(maria.id(), CardKey.iso14443a(HexFormat.of().parseHex(STAFF_UID)));
            LOG.info("Demo staff card for Maria L.: {}", STAFF_UID);
        }
        ensureClassAroundNow();
    }

    private List<Member> seedMembers() {
        List<Member> seeded = new java.util.ArrayList<>();
        for (int i = 0; i < MEMBERS.size(); i++) {
            String[] n = MEMBERS.get(i);
            Member m = members.create(new NewMember(new MemberName(n[0], n[1]), String.format("M%04d", 1001 + i),
                    n[0].toLowerCase(java.util.Locale.ROOT) + "@example.org"));
            CardKey card = CardKey.iso14443a(HexFormat.of().parseHex(CARD_UIDS.get(i)));
            members.enrolCard(m.id(), card);
            seeded.add(m);
            // Katrin (key -) said no to health data; Leon (key =) has not been asked yet.
            if (i < MEMBERS.size() - 2) {
                consent.record(m.id(), true, HealthConsent.RecordedBy.MEMBER);
            } else if (i == MEMBERS.size() - 2) {
                consent.record(m.id(), false, HealthConsent.RecordedBy.MEMBER);
            }
            if (i == 1 && history != null) {
                seedBerndsCourse(m, card);
            }
        }
        LOG.info("Seeded the demo gym: {} members with cards", MEMBERS.size());
        return seeded;
    }

    /**
     * Bernd (key 2): twice a week since {@value #BERNDS_COURSE_DAYS} days ago, at 10:00, with the
     * baseline check answered at his first visit.
     */
    private void seedBerndsCourse(Member bernd, CardKey card) {
        ZonedDateTime first = clock.instant().atZone(clock.getZone()).truncatedTo(ChronoUnit.DAYS)
                .minusDays(BERNDS_COURSE_DAYS).withHour(10);
        for (int day = 0; day < BERNDS_COURSE_DAYS; day += day % 7 == 0 ? 3 : 4) {
            history.checkInAt(card, first.plusDays(day).toInstant());
        }
        history.answeredAt(bernd.id(), Timepoint.BASELINE, first.plusMinutes(2).toInstant(), 6,
                List.of(new ActivityRating("Walking", 4), new ActivityRating("Sitting", 3),
                        new ActivityRating("Lifting", 2)));
    }

    /**
     * A starter class at the next quarter hour, unless a class the kiosk can lead already starts
     * within the check-in window around now.
     */
    private void ensureClassAroundNow() {
        Instant now = clock.instant();
        ZonedDateTime here = now.atZone(clock.getZone());
        List<ClassSession> today = timetable.sessionsOn(here.toLocalDate());
        boolean soon = today.stream().anyMatch(s -> !s.closed() && s.programmeId() != null
                && !s.startsAt().isBefore(now.minus(Duration.ofMinutes(10)))
                && s.startsAt().isBefore(now.plus(Duration.ofMinutes(25))));
        if (soon) {
            return;
        }
        ZonedDateTime start = here.truncatedTo(ChronoUnit.HOURS)
                .plusMinutes(15L * (here.getMinute() / 15 + 1));
        UUID dropIn = timetable.createClassType(DROP_IN, "Demo class starting soon", Duration.ofMinutes(30),
                dropInProgramme);
        timetable.addOneOffSession(dropIn, start.toInstant(), Duration.ofMinutes(30), "Studio 1", null, 12);
        LOG.info("Demo {} at {} ({})", DROP_IN, start.toLocalTime(), dropInProgramme);
    }
}
