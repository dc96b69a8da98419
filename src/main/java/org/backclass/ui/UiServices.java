package org.backclass.ui;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.progress.outcome.OutcomeService;
import org.backclass.domain.reader.ReaderStatus;
import org.backclass.domain.redflag.RedFlagService;
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.ui.instructor.InstructorServices;
import org.backclass.ui.mine.MyProgressServices;


/**
 * The domain services the screens use.
 *
 * @param clock       wall clock; its zone is the zone for every time shown
 * @param background  runs blocking work (timetable reads, pain answers, rosters, class results,
 *                    PIN checks, demo taps) off the FX thread; results come back through {@link FxThread}
 * @param demoTaps    null unless the kiosk runs in demo mode
 * @param instructor  instructor mode: PIN, rosters, content to lead classes, enrolment
 * @param readers     the card readers' health, read off the FX thread (the idle screen says when
 *                    one is offline)
 * @param redFlags    the red-flag check at tap-in; null: not asked
 * @param outcomes    the progress check at tap-in when one is due; null: not asked
 * @param myProgress  a member's own progress, offered after their tap; null: not offered
 */
public record UiServices(Clock clock, TimetableStore timetable, PainReportService painReports, Executor background,
        DemoTaps demoTaps, InstructorServices instructor, Supplier<List<ReaderStatus>> readers,
        RedFlagService redFlags, OutcomeService outcomes, MyProgressServices myProgress) {

    /** Without the progress check and "My progress". */
    public UiServices(Clock clock, TimetableStore timetable, PainReportService painReports, Executor background,
            DemoTaps demoTaps, InstructorServices instructor, Supplier<List<ReaderStatus>> readers,
            RedFlagService redFlags) {
        this(clock, timetable, painReports, background, demoTaps, instructor, readers, redFlags, null, null);
    }

    public UiServices {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(timetable, "timetable");
        Objects.requireNonNull(painReports, "painReports");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(instructor, "instructor");
        Objects.requireNonNull(readers, "readers");
    }
}
