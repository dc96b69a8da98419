package org.backclass.domain.checkin;

import java.time.Clock;
import java.util.UUID;

/** Records the "how is your back today?" answer given on the welcome screen. Thread-safe. */
public final class PainReportService {

    private final PainReportStore store;
    private final Clock clock;

    public PainReportService(PainReportStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Stores a 0–10 answer for a check-in; blocking. */
    public PainReport reportAtCheckIn(UUID memberId, UUID attendanceId, int score) {
        PainReport report = new PainReport(UUID.randomUUID(), memberId, attendanceId, score,
                PainReport.AT_CHECK_IN, clock.instant());
        store.add(report);
        return report;
    }
}
