package org.backclass.api;

import java.time.Clock;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.privacy.AuditEntry;
import org.backclass.domain.privacy.Erasure;
import org.backclass.domain.privacy.MemberPrivacy;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code DELETE /api/v1/members/{id}} (admin): erases the member (see {@link MemberPrivacy#erase}),
 * audited in the same transaction. Idempotent: erasing again answers 200 with the first
 * {@code erasedAt} and changes nothing; an id that never was a member is a 404.
 */
final class MemberEraseHandler extends ApiHandler {

    record Erased(UUID memberId, Instant erasedAt) {
    }

    private final MemberPrivacy privacy;
    private final Clock clock;

    MemberEraseHandler(MemberPrivacy privacy, Clock clock) {
        this.privacy = privacy;
        this.clock = clock;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams.of(request, Set.of());
        UUID memberId = ProgressHandler.memberId(PathTemplate.parameter(request, "id"));
        AuditEntry audit = AuditEntry.of(clock.instant(), BearerAuth.actor(request), "member.erase",
                memberId.toString(), "");
        Erasure erasure = privacy.erase(memberId, audit)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND_404, "no member with id " + memberId));
        Json.send(response, callback, HttpStatus.OK_200, new Erased(erasure.memberId(), erasure.erasedAt()));
    }
}
