package org.backclass.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.progress.MemberProgress;
import org.backclass.domain.progress.ProgressQueries;
import org.backclass.domain.redflag.RedFlagService;
import org.backclass.domain.staff.ActedBy;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /api/v1/members/{id}/red-flags/resolve}: someone has spoken to the member, so their
 * open red flag is cleared (recorded as resolved by {@code api}) and an open roster drops it.
 * Red flags are health data: staff only, and only while the member's consent is given, so the
 * answer never tells whether a withheld flag exists. Clearing twice changes nothing: the second
 * call finds nothing open (404).
 */
final class RedFlagResolveHandler extends ApiHandler {

    static final String PATH = ApiRoutes.PREFIX + "/members/{id}/red-flags/resolve";

    record Resolved(UUID memberId, Instant resolvedAt, String resolvedBy) {
    }

    private final ProgressQueries progress;
    private final RedFlagService redFlags;
    private final Clock clock;

    RedFlagResolveHandler(ProgressQueries progress, RedFlagService redFlags, Clock clock) {
        this.progress = progress;
        this.redFlags = redFlags;
        this.clock = clock;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams.of(request, Set.of());
        UUID memberId = ProgressHandler.memberId(PathTemplate.parameter(request, "id"));
        RequestBodies.requireNoBody(request);
        MemberProgress member = progress.forMember(memberId, LocalDate.now(clock))
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND_404, "no member with id " + memberId));
        if (member.healthDataWithheld()) {
            throw ApiProblem.of(HttpStatus.CONFLICT_409, "member " + memberId + " has not given consent to health"
                    + " data, so their red flags are withheld; clear it on the kiosk's roster after speaking to them");
        }
        if (!member.openRedFlag()) {
            throw nothingOpen(memberId);
        }
        // Another kiosk or caller may have cleared it since the read: then the store finds nothing open.
        Instant resolvedAt = redFlags.resolve(memberId, ActedBy.API).orElseThrow(() -> nothingOpen(memberId));
        Json.send(response, callback, HttpStatus.OK_200, new Resolved(memberId, resolvedAt, ActedBy.API.stored()));
    }

    private static ApiProblem nothingOpen(UUID memberId) {
        return ApiProblem.of(HttpStatus.NOT_FOUND_404, "member " + memberId + " has no open red flag;"
                + " nothing was changed");
    }
}
