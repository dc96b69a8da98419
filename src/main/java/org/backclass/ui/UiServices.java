package org.backclass.ui;

import java.time.Clock;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.timetable.TimetableStore;

/**
 * The domain services the screens use.
 *
 * @param clock       wall clock; its zone is the zone for every time shown
 * @param background  runs blocking work (timetable reads, pain answers, demo taps) off the FX
 *                    thread; results come back through {@link FxThread}
 * @param demoTaps    null unless the kiosk runs in demo mode
 */
public record UiServices(Clock clock, TimetableStore timetable, PainReportService painReports, Executor background,
        DemoTaps demoTaps) {

    public UiServices {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(timetable, "timetable");
        Objects.requireNonNull(painReports, "painReports");
        Objects.requireNonNull(background, "background");
    }
}
