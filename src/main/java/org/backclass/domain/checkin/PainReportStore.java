package org.backclass.domain.checkin;

/** Storage port for pain reports. Blocking; never call on the FX thread. */
public interface PainReportStore {

    /** Stores the report durably; the attendance it refers to must exist. */
    void add(PainReport report);
}
