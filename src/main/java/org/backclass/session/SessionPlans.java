package org.backclass.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.exercise.ExerciseLevel;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.programme.ProgrammeItem;

/**
 * Turns a configured programme and the members who checked in into the runner's plan: each
 * exercise block carries the dose table of its exercise's levels (only the fixed level when
 * the programme fixes one, e.g. a warm-up everyone does alike), rests and education moments
 * carry their lengths, and names are in the kiosk's language.
 */
public final class SessionPlans {

    private SessionPlans() {
    }

    /**
     * @throws IllegalArgumentException when the programme names an exercise or level the
     *         catalogue lacks (the content loader refuses such programmes, so this is a bug)
     */
    public static SessionPlan fromProgramme(Programme programme, ExerciseCatalogue catalogue, Locale locale,
            List<Participant> participants) {
        List<PlannedItem> items = new ArrayList<>();
        for (ProgrammeItem item : programme.items()) {
            items.add(switch (item) {
                case ProgrammeItem.ExerciseBlock block -> exercise(block, catalogue, locale);
                case ProgrammeItem.Rest rest -> new RestItem(rest.duration());
                case ProgrammeItem.Education education -> new EducationItem(new Topic(education.topicId(),
                        education.title().in(locale), education.body().in(locale)), education.duration());
            });
        }
        return new SessionPlan(programme.name().in(locale), items, participants);
    }

    private static ExerciseItem exercise(ProgrammeItem.ExerciseBlock block, ExerciseCatalogue catalogue,
            Locale locale) {
        Exercise exercise = catalogue.find(block.exerciseId()).orElseThrow(() -> new IllegalArgumentException(
                "the programme names exercise '" + block.exerciseId() + "', which is not in the catalogue"));
        Map<Integer, Dose> doses = new TreeMap<>();
        for (ExerciseLevel level : exercise.levels()) {
            if (block.fixedLevel() == null || block.fixedLevel() == level.level()) {
                doses.put(level.level(), dose(level.dose()));
            }
        }
        if (doses.isEmpty()) {
            throw new IllegalArgumentException("exercise '" + exercise.id() + "' has no level " + block.fixedLevel());
        }
        return new ExerciseItem(exercise.id(), exercise.name().in(locale), block.section(), doses);
    }

    /** The catalogue counts seconds and reps; the runner counts time. */
    static Dose dose(org.backclass.domain.exercise.Dose d) {
        return switch (d.kind()) {
            case TIMED -> Dose.hold(Duration.ofSeconds(d.amount()), d.sets(), d.rest(), d.perSide());
            case REPS -> Dose.reps(d.amount(), Duration.ofSeconds(d.tempoSeconds()), d.sets(), d.rest(), d.perSide());
        };
    }
}
