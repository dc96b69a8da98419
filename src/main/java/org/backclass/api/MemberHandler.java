package org.backclass.api;

import java.util.Set;
import java.util.UUID;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberStore;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /api/v1/members/{id}}: one member with every card, revoked ones included. */
final class MemberHandler extends ApiHandler {

    static final String PATH = ApiRoutes.PREFIX + "/members/{id}";

    private final MemberStore members;

    MemberHandler(MemberStore members) {
        this.members = members;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams.of(request, Set.of());
        UUID id = ProgressHandler.memberId(PathTemplate.parameter(request, "id"));
        Json.send(response, callback, HttpStatus.OK_200, MembersHandler.MemberItem.of(find(members, id)));
    }

    /** The member with every card, or a 404. */
    static Member find(MemberStore members, UUID id) {
        // The whole list is a few thousand rows at most in a gym; one query keeps cards and member together.
        return members.listWithCards().stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND_404, "no member with id " + id));
    }
}
