package org.backclass.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.backclass.domain.auth.TokenService;
import org.backclass.domain.checkin.AttendanceQueries;
import org.backclass.domain.checkin.CardCaptureRequests;
import org.backclass.domain.checkin.RosterQueries;
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.domain.member.MemberStore;
import org.backclass.domain.member.imports.MemberImport;
import org.backclass.domain.progress.ClassProgressQueries;
import org.backclass.domain.privacy.AuditLog;
import org.backclass.domain.privacy.MemberPrivacy;
import org.backclass.domain.progress.ProgressQueries;
import org.backclass.domain.reader.ReaderStatus;
import org.backclass.domain.reader.SimulatedTaps;
import org.backclass.domain.redflag.RedFlagService;

/**
 * What the API serves from, handed in by the composition root. Every member is called from
 * Jetty worker threads, concurrently, so each must be thread-safe; blocking calls are fine.
 *
 * @param version          the application version shown by health and the OpenAPI document
 * @param startedAt        when the process started, for {@code uptimeSeconds}
 * @param clock            "today" for attendance defaults (in the clock's zone) and uptime
 * @param databaseHealthy  a cheap liveness probe of the database
 * @param readers          the current status of every card reader
 * @param simulator        present only in development and demo setups; enables
 *                         {@code POST /api/v1/simulator/taps}
 * @param progress         per-member progress for {@code GET /api/v1/members/{id}/progress}
 * @param classProgress    per-session progress for {@code GET /api/v1/classes/{sessionId}/progress}
 * @param redFlags         clears red flags for {@code POST /api/v1/members/{id}/red-flags/resolve}
 * @param timetable        the day's class sessions for {@code GET /api/v1/sessions}
 * @param rosters          who checked in for each of them
 * @param metrics          counts requests and serves {@code GET /metrics}
 * @param privacy          export and erasure of a member (admin)
 * @param audit            the audit log of admin actions
 * @param memberImport     all-or-nothing member imports from CSV
 * @param cardCaptures     "the next tap on the kiosk enrols", asked for from the staff page
 */
public record ApiContext(String version, Instant startedAt, Clock clock, TokenService tokens,
        AttendanceQueries attendance, MemberStore members, BooleanSupplier databaseHealthy,
        Supplier<List<ReaderStatus>> readers, Optional<SimulatedTaps> simulator,
        ProgressQueries progress, ClassProgressQueries classProgress, RedFlagService redFlags,
        TimetableStore timetable, RosterQueries rosters, Metrics metrics, MemberPrivacy privacy,
        AuditLog audit, MemberImport memberImport, CardCaptureRequests cardCaptures) {

    public ApiContext {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(attendance, "attendance");
        Objects.requireNonNull(members, "members");
        Objects.requireNonNull(databaseHealthy, "databaseHealthy");
        Objects.requireNonNull(readers, "readers");
        Objects.requireNonNull(simulator, "simulator");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(classProgress, "classProgress");
        Objects.requireNonNull(redFlags, "redFlags");
        Objects.requireNonNull(timetable, "timetable");
        Objects.requireNonNull(rosters, "rosters");
        Objects.requireNonNull(metrics, "metrics");
        Objects.requireNonNull(privacy, "privacy");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(memberImport, "memberImport");
        Objects.requireNonNull(cardCaptures, "cardCaptures");
    }
}
