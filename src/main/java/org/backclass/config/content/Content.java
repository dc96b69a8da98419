package org.backclass.config.content;

import java.util.List;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.timetable.TimetableSlot;

/**
 * Everything the kiosk could load from the content files, plus what it had to leave out and why.
 * A non-empty problem list is not fatal: the kiosk runs with whatever did load.
 */
public record Content(ExerciseCatalogue catalogue, List<Programme> programmes, List<TimetableSlot> timetable,
        List<ContentProblem> problems) {

    public Content {
        programmes = List.copyOf(programmes);
        timetable = List.copyOf(timetable);
        problems = List.copyOf(problems);
    }
}
