package org.backclass.api;

import java.util.Set;
import java.util.UUID;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberStore;
import org.backclass.domain.member.NewMember;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /api/v1/members} creates a member from {@link MemberFields} (only the first name is
 * required); {@code PATCH /api/v1/members/{id}} changes the fields sent. A member number another
 * member has is a 409. Cards are enrolled on the kiosk or with their own route, never here.
 */
final class MemberCreateHandler extends ApiHandler {

    private final MemberStore members;
    private final long maxBodyBytes;
    private final boolean change;

    /** @param change false: create ({@code POST}); true: change one member ({@code PATCH .../{id}}) */
    MemberCreateHandler(MemberStore members, long maxBodyBytes, boolean change) {
        this.members = members;
        this.maxBodyBytes = maxBodyBytes;
        this.change = change;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams.of(request, Set.of());
        if (change) {
            UUID id = ProgressHandler.memberId(PathTemplate.parameter(request, "id"));
            Member current = MemberHandler.find(members, id);
            NewMember changed = MemberFields.of(RequestBodies.readJson(request, maxBodyBytes)).applyTo(current);
            refuseNumberInUse(changed, id);
            Member updated = members.update(id, changed)
                    .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND_404, "no member with id " + id));
            Json.send(response, callback, HttpStatus.OK_200, MembersHandler.MemberItem.of(updated));
            return;
        }
        NewMember wanted = MemberFields.of(RequestBodies.readJson(request, maxBodyBytes)).toNewMember();
        refuseNumberInUse(wanted, null);
        Member created = members.create(wanted);
        response.getHeaders().put(HttpHeader.LOCATION, ApiRoutes.PREFIX + "/members/" + created.id());
        Json.send(response, callback, HttpStatus.CREATED_201, MembersHandler.MemberItem.of(created));
    }

    private void refuseNumberInUse(NewMember member, UUID self) {
        if (member.memberNumber() != null && members.listWithCards().stream()
                .anyMatch(m -> member.memberNumber().equals(m.memberNumber()) && !m.id().equals(self))) {
            throw ApiProblem.of(HttpStatus.CONFLICT_409, "member number " + member.memberNumber()
                    + " is already in use");
        }
    }
}
