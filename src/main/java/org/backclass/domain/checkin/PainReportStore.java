package org.backclass.domain.checkin;

/** Storage port for pain reports. Blocking; never call on the FX thread. */
public interface PainReportStore {

    /**
     * Stores the report durably; the attendance it refers to must exist.
     *
     * @throws org.backclass.domain.consent.NoConsentException when the member's current consent
     *         decision is not "given" (checked atomically with the insert); nothing is stored
     */
    void add(PainReport report);
}
