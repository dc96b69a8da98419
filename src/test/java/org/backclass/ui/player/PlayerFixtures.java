package org.backclass.ui.player;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.domain.programme.Section;
import org.backclass.session.Dose;
import org.backclass.session.EducationItem;
import org.backclass.session.Topic;
import org.backclass.session.ExerciseItem;
import org.backclass.session.Participant;
import org.backclass.session.SessionPlan;
import org.backclass.ui.support.Messages;

/**
 * A small real class for player tests. With the default options its timeline is:
 * <pre>
 *  0 bridge WORK set 1/2, 12 reps x 3 s = 36 s (group level 2)
 *  1 REST between sets 20 s
 *  2 bridge WORK set 2/2, 36 s
 *  3 REST after the exercise 15 s
 *  4 side-plank WORK set 1/1 LEFT 20 s (group level 1)
 *  5 SWITCH_SIDES 5 s
 *  6 side-plank WORK RIGHT 20 s
 *  7 EDUCATION pain-alarm 60 s
 * </pre>
 * Participants: Anna K. (bridge 2, side plank 1), Bernd Müller given with his full name (no
 * levels: lowest), Clara C. (bridge 2, side plank 2).
 */
final class PlayerFixtures {

    static final long SECOND = 1_000_000_000L;
    static final List<String> SIDE_PLANK_CUES = List.of("Hips high", "Keep breathing");

    private PlayerFixtures() {
    }

    static SessionPlan plan() {
        ExerciseItem bridge = new ExerciseItem("bridge", "Bridge", Section.MAIN, Map.of(
                1, Dose.reps(10, Duration.ofSeconds(3), 2, Duration.ofSeconds(20), false),
                2, Dose.reps(12, Duration.ofSeconds(3), 2, Duration.ofSeconds(20), false)));
        ExerciseItem sidePlank = new ExerciseItem("side-plank", "Side plank", Section.MAIN, Map.of(
                1, Dose.hold(Duration.ofSeconds(20), 1, Duration.ofSeconds(10), true),
                2, Dose.hold(Duration.ofSeconds(30), 1, Duration.ofSeconds(10), true)));
        EducationItem education = new EducationItem(new Topic("pain-alarm", "Pain is an alarm",
                "It does not mean harm."), Duration.ofSeconds(60));
        List<Participant> people = List.of(
                new Participant(UUID.randomUUID(), "Anna K.", Map.of("bridge", 2, "side-plank", 1)),
                new Participant(UUID.randomUUID(), "Bernd Müller", Map.of()),
                new Participant(UUID.randomUUID(), "Clara C.", Map.of("bridge", 2, "side-plank", 2)));
        return new SessionPlan("Back Basics", List.of(bridge, sidePlank, education), people);
    }

    static CueSource cues() {
        return id -> id.equals("side-plank") ? SIDE_PLANK_CUES : List.of();
    }

    static PlayerViewModel player(AtomicLong nanos, Locale locale) {
        return player(nanos, locale, CountdownTones.NONE);
    }

    static PlayerViewModel player(AtomicLong nanos, Locale locale, CountdownTones tones) {
        return new PlayerViewModel(plan(), nanos::get, Messages.load(locale), cues(), tones);
    }

    /** Moves the fake clock on and ticks, as the view's timer would. */
    static void advance(AtomicLong nanos, PlayerViewModel vm, double seconds) {
        nanos.addAndGet((long) (seconds * SECOND));
        vm.tick();
    }
}
