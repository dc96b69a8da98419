package org.backclass.domain.checkin;

import java.time.Clock;
import java.util.UUID;
import org.backclass.domain.consent.ConsentStore;
import org.backclass.domain.consent.HealthConsent;

/**
 * Records the health answers given on the kiosk — "how is your back today?" — and the member's
 * consent to them. Thread-safe; blocking.
 */
public final class PainReportService {

    private final PainReportStore store;
    private final ConsentStore consent;
    private final Clock clock;

    /** Without consent records: for stores whose members have all consented (tests). */
    public PainReportService(PainReportStore store, Clock clock) {
        this(store, null, clock);
    }

    /** @param consent where consent decisions go; null: consent is not asked on the kiosk */
    public PainReportService(PainReportStore store, ConsentStore consent, Clock clock) {
        this.store = store;
        this.consent = consent;
        this.clock = clock;
    }

    /** True when the kiosk asks members for consent before health questions. */
    public boolean asksConsent() {
        return consent != null;
    }

    /** Records the member's decision about their health data; takes effect at once. */
    public HealthConsent recordConsent(UUID memberId, boolean given, HealthConsent.RecordedBy by) {
        if (consent == null) {
            throw new IllegalStateException("this kiosk does not record consent");
        }
        return consent.record(memberId, given, by);
    }

    /** Stores the 0–10 for the morning after the member's previous session, given at this check-in. */
    public PainReport reportMorningAfter(UUID memberId, UUID attendanceId, int score) {
        PainReport report = new PainReport(UUID.randomUUID(), memberId, attendanceId, score,
                PainReport.MORNING_AFTER, clock.instant());
        store.add(report);
        return report;
    }

    /** Stores a 0–10 answer for a check-in; blocking. */
    public PainReport reportAtCheckIn(UUID memberId, UUID attendanceId, int score) {
        PainReport report = new PainReport(UUID.randomUUID(), memberId, attendanceId, score,
                PainReport.AT_CHECK_IN, clock.instant());
        store.add(report);
        return report;
    }
}
