package org.backclass.session;

import org.backclass.domain.programme.Section;
import static java.time.Duration.ofSeconds;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small builders for test plans. */
final class Plans {

    private Plans() {
    }

    static Dose hold(int seconds, int sets, int rest, boolean perSide) {
        return Dose.hold(ofSeconds(seconds), sets, ofSeconds(rest), perSide);
    }

    static Dose reps(int reps, double tempoSeconds, int sets, int rest, boolean perSide) {
        return Dose.reps(reps, Duration.ofMillis(Math.round(tempoSeconds * 1000)), sets, ofSeconds(rest), perSide);
    }

    static ExerciseItem exercise(String id, Section section, Dose dose) {
        return new ExerciseItem(id, name(id), section, Map.of(1, dose));
    }

    static ExerciseItem exercise(String id, Section section, Map<Integer, Dose> doses) {
        return new ExerciseItem(id, name(id), section, doses);
    }

    static Participant person(String shortName, Map<String, Integer> levels) {
        return new Participant(UUID.nameUUIDFromBytes(shortName.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                shortName, levels);
    }

    static SessionPlan plan(PlannedItem... items) {
        return new SessionPlan("Test class", List.of(items), List.of());
    }

    static RestItem rest(int seconds) {
        return new RestItem(ofSeconds(seconds));
    }

    static EducationItem education(String topic, int seconds) {
        return new EducationItem(topic, ofSeconds(seconds));
    }

    private static String name(String id) {
        return Character.toUpperCase(id.charAt(0)) + id.substring(1).replace('-', ' ');
    }
}
