package org.backclass.api;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.privacy.AuditEntry;
import org.backclass.domain.privacy.AuditLog;
import org.backclass.domain.privacy.MemberPrivacy;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/v1/members/{id}/export} (admin): everything stored about one member as one JSON
 * document, for an access or portability request. Every export is audited: it hands out health data.
 */
final class MemberExportHandler extends ApiHandler {

    static final String PATH = ApiRoutes.PREFIX + "/members/{id}/export";

    private final MemberPrivacy privacy;
    private final AuditLog audit;
    private final Clock clock;

    MemberExportHandler(MemberPrivacy privacy, AuditLog audit, Clock clock) {
        this.privacy = privacy;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams.of(request, Set.of());
        UUID memberId = ProgressHandler.memberId(PathTemplate.parameter(request, "id"));
        LinkedHashMap<String, Object> document = privacy.export(memberId)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND_404, "no member with id " + memberId));
        Instant now = clock.instant();
        audit.record(AuditEntry.of(now, BearerAuth.actor(request), "member.export", memberId.toString(), ""));
        LinkedHashMap<String, Object> body = new LinkedHashMap<>();
        body.put("exportedAt", now.toString());
        body.putAll(document);
        response.getHeaders().put("Content-Disposition", "attachment; filename=\"member-" + memberId + ".json\"");
        Json.send(response, callback, HttpStatus.OK_200, body);
    }
}
