package org.backclass.app;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.backclass.api.ApiContext;
import org.backclass.api.ApiServer;
import org.backclass.api.ApiSettings;
import org.backclass.api.ApiTls;
import org.backclass.api.Metrics;
import org.backclass.config.KioskConfig;
import org.backclass.domain.auth.TokenService;
import org.backclass.domain.checkin.CardCapture;
import org.backclass.domain.checkin.CardCaptureRequests;
import org.backclass.domain.event.KioskEvents;
import org.backclass.domain.redflag.RedFlagService;
import org.backclass.store.Database;
import org.backclass.store.JdbcAttendanceQueries;
import org.backclass.store.JdbcAuditLog;
import org.backclass.store.JdbcClassProgressQueries;
import org.backclass.store.JdbcMemberImport;
import org.backclass.store.JdbcMemberPrivacy;
import org.backclass.store.JdbcMemberStore;
import org.backclass.store.JdbcProgressQueries;
import org.backclass.store.JdbcRedFlagStore;
import org.backclass.store.JdbcRosterQueries;
import org.backclass.store.JdbcTimetableStore;

/** The part of the composition root that builds the API server from the kiosk's parts. */
final class KioskApi {

    private KioskApi() {
    }

    /** The kiosk's stores and services the API serves from (built once in {@link Kiosk}). */
    record Parts(Clock clock, Instant startedAt, Database database, TokenService tokens, JdbcMemberStore members,
            JdbcTimetableStore timetable, KioskHardware hardware, Metrics metrics, KioskEvents events,
            CardCapture capture) {
    }

    static ApiSettings settings(KioskConfig.Api api) {
        return new ApiSettings(api.bindAddress(), api.port(), api.maxBodyBytes(), Optional.ofNullable(api.tlsKeystore())
                .map(keystore -> new ApiTls(keystore, api.tlsPassword())), api.corsOrigins());
    }

    /** A server ready to {@link ApiServer#start}; nothing listens yet. */
    static ApiServer newServer(KioskConfig config, String version, Parts p) {
        Database db = p.database();
        return ApiServer.newServer(
                settings(config.api()),
                new ApiContext(version, p.startedAt(), p.clock(), p.tokens(), new JdbcAttendanceQueries(db),
                        p.members(), db::isHealthy, p.hardware()::readerStatuses, p.hardware().simulator(),
                        new JdbcProgressQueries(db, config.progress().plan()), new JdbcClassProgressQueries(db),
                        new RedFlagService(new JdbcRedFlagStore(db, p.clock()), p.events()), p.timetable(),
                        new JdbcRosterQueries(db), p.metrics(), new JdbcMemberPrivacy(db, p.clock()),
                        new JdbcAuditLog(db), new JdbcMemberImport(db, p.clock()),
                        new CardCaptureRequests(p.capture(), p.events(), p.clock())));
    }
}
