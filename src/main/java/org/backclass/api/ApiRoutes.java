package org.backclass.api;

import java.util.ArrayList;
import java.util.List;
import org.backclass.domain.auth.Role;

/**
 * The route table: the single list the router dispatches on and the OpenAPI contract test
 * checks against {@code openapi.json}. A new route is added here and in the document, nowhere else.
 */
final class ApiRoutes {

    static final String PREFIX = "/api/v1";

    private ApiRoutes() {
    }

    static List<Route> table(ApiContext context, ApiSettings settings) {
        List<Route> routes = new ArrayList<>();
        routes.add(Route.open("GET", PREFIX + "/health", new HealthHandler(context)));
        routes.add(Route.secured("GET", PREFIX + "/openapi.json", Role.VIEWER,
                new OpenApiHandler(context.version())));
        routes.add(Route.secured("GET", PREFIX + "/attendance", Role.VIEWER,
                new AttendanceHandler(context.attendance(), context.clock())));
        routes.add(Route.secured("GET", AttendanceRatesHandler.PATH, Role.VIEWER,
                new AttendanceRatesHandler(context.progress(), context.clock())));
        // Emails and card UIDs (the credential on UID-only cards) are for the front desk, not viewers.
        routes.add(Route.secured("GET", MetricsHandler.PATH, Role.VIEWER, new MetricsHandler(context.metrics())));
        routes.add(Route.secured("GET", SessionsHandler.PATH, Role.VIEWER,
                new SessionsHandler(context.timetable(), context.rosters(), context.clock())));
        routes.add(Route.secured("GET", ClassesHandler.PATH, Role.VIEWER, new ClassesHandler(context.timetable())));
        routes.add(Route.secured("GET", PREFIX + "/members", Role.STAFF, new MembersHandler(context.members(), false)));
        routes.add(Route.secured("POST", PREFIX + "/members", Role.STAFF,
                new MemberCreateHandler(context.members(), settings.maxBodyBytes(), false)));
        routes.add(Route.secured("PATCH", MemberHandler.PATH, Role.STAFF,
                new MemberCreateHandler(context.members(), settings.maxBodyBytes(), true)));
        routes.add(Route.secured("GET", MembersHandler.EXPORT_PATH, Role.STAFF,
                new MembersHandler(context.members(), true)));
        routes.add(Route.secured("POST", MemberImportHandler.PATH, Role.STAFF,
                new MemberImportHandler(context.memberImport())));
        routes.add(Route.secured("GET", MemberHandler.PATH, Role.STAFF, new MemberHandler(context.members())));
        routes.add(Route.secured("GET", MemberCardsHandler.PATH, Role.STAFF,
                new MemberCardsHandler(context.members(), settings.maxBodyBytes(), MemberCardsHandler.Verb.LIST)));
        routes.add(Route.secured("POST", MemberCardsHandler.PATH, Role.STAFF,
                new MemberCardsHandler(context.members(), settings.maxBodyBytes(), MemberCardsHandler.Verb.ENROL)));
        routes.add(Route.secured("DELETE", MemberCardsHandler.CARD_PATH, Role.STAFF,
                new MemberCardsHandler(context.members(), settings.maxBodyBytes(), MemberCardsHandler.Verb.REVOKE)));
        routes.add(Route.secured("POST", CardCaptureHandler.PATH, Role.STAFF,
                new CardCaptureHandler(context.cardCaptures(), true)));
        routes.add(Route.secured("GET", CardCaptureHandler.STATE_PATH, Role.STAFF,
                new CardCaptureHandler(context.cardCaptures(), false)));
        // Pain answers and red flags are health data: staff only.
        routes.add(Route.secured("GET", ProgressHandler.PATH, Role.STAFF,
                new ProgressHandler(context.progress(), context.clock())));
        routes.add(Route.secured("GET", ClassProgressHandler.PATH, Role.STAFF,
                new ClassProgressHandler(context.classProgress())));
        routes.add(Route.secured("POST", RedFlagResolveHandler.PATH, Role.STAFF,
                new RedFlagResolveHandler(context.progress(), context.redFlags(), context.clock())));
        // A member's rights over their data, and the record of who used them: admin only.
        routes.add(Route.secured("GET", MemberExportHandler.PATH, Role.ADMIN,
                new MemberExportHandler(context.privacy(), context.audit(), context.clock())));
        routes.add(Route.secured("DELETE", MemberHandler.PATH, Role.ADMIN,
                new MemberEraseHandler(context.privacy(), context.clock())));
        routes.add(Route.secured("GET", AuditHandler.PATH, Role.ADMIN, new AuditHandler(context.audit(),
                context.clock())));
        // Present only while the simulated reader is configured: a kiosk with a hardware reader
        // offers no way to fake a check-in.
        context.simulator().ifPresent(simulator -> routes.add(Route.secured("POST", PREFIX + "/simulator/taps",
                Role.STAFF, new SimulatorTapHandler(simulator, settings.maxBodyBytes()))));
        return List.copyOf(routes);
    }
}
