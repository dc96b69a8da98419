package org.backclass.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.checkin.RosterQueries;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.progress.ClassResults;
import org.backclass.domain.staff.PinUnlock;
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.ui.instructor.InstructorServices;

/**
 * The domain services the screens use.
 *
 * @param clock        wall clock; its zone is the zone for every time shown
 * @param background   runs blocking work (timetable reads, pain answers, rosters, class results,
 *                     PIN checks, demo taps) off the FX thread; results come back through {@link FxThread}
 * @param demoTaps     null unless the kiosk runs in demo mode
 * @param pinUnlock    the instructor PIN check (with its rate limit)
 * @param roster       who tapped in for a class, for the instructor
 * @param classResults where a finished class is closed and recorded
 * @param catalogue    the exercises classes are built from (empty without content)
 * @param programmes   the programmes classes follow (empty without content)
 * @param mediaDir     posters and demo clips
 * @param nanos        monotonic time for the class runner ({@code System::nanoTime})
 * @param tones        the player's 3-2-1 and go tones ({@link CountdownTones#NONE}: silent)
 */
public record UiServices(Clock clock, TimetableStore timetable, PainReportService painReports, Executor background,
        DemoTaps demoTaps, PinUnlock pinUnlock, RosterQueries roster, ClassResults classResults,
        ExerciseCatalogue catalogue, List<Programme> programmes, Path mediaDir, LongSupplier nanos,
        CountdownTones tones) {

    public UiServices {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(timetable, "timetable");
        Objects.requireNonNull(painReports, "painReports");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(pinUnlock, "pinUnlock");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(classResults, "classResults");
        Objects.requireNonNull(catalogue, "catalogue");
        programmes = List.copyOf(programmes);
        Objects.requireNonNull(mediaDir, "mediaDir");
        Objects.requireNonNull(nanos, "nanos");
        Objects.requireNonNull(tones, "tones");
    }

    InstructorServices instructor() {
        return new InstructorServices(pinUnlock, roster, classResults, catalogue, programmes, mediaDir, nanos,
                tones);
    }
}
