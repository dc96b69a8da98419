package org.backclass.domain.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.backclass.domain.progress.adherence.MemberAttendanceRate;

/**
 * Read-side storage port for one member's progress: pain over time, exercise levels and their
 * history, adherence and red-flag state, for staff screens and the API. Each call is one unit
 * of work (one consistent read); implementations are thread-safe and block on I/O, so never
 * call them on the FX thread.
 */
public interface ProgressQueries {

    /** How many level-history records {@link #forMember} returns at most, newest first. */
    int LEVEL_HISTORY_LIMIT = 500;

    /**
     * The member's progress as of {@code today} (a local date in the kiosk's zone, used for
     * adherence). Health answers (pain scores, after-class answers, red flags) are included only
     * while the member's consent is currently given; otherwise
     * {@link MemberProgress#healthDataWithheld()} is true.
     *
     * @return empty when there is no such member, or the member was erased
     */
    Optional<MemberProgress> forMember(UUID memberId, LocalDate today);

    /**
     * Attendance per member over {@code from..to} (inclusive) as of {@code today}, by
     * {@link org.backclass.domain.progress.adherence.AdherenceCalculator#rate}: every member not
     * deleted who has checked in on or before the end of the span (or today, if earlier), in no
     * particular order. Counts only — nothing health-related — so no consent is needed.
     */
    List<MemberAttendanceRate> attendanceRates(LocalDate from, LocalDate to, LocalDate today);
}
