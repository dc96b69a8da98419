package org.backclass.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberStore;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /api/v1/members}: every member with every card, revoked ones included. */
final class MembersHandler extends ApiHandler {

    record MemberList(List<MemberItem> items) {
    }

    record MemberItem(UUID id, String firstName, String lastName, String memberNumber, String email,
            boolean staff, Instant createdAt, List<CardItem> cards) {
        static MemberItem of(Member m) {
            return new MemberItem(m.id(), m.name().firstName(), m.name().lastName(), m.memberNumber(), m.email(),
                    m.staff(), m.createdAt(), m.cards().stream().map(CardItem::of).toList());
        }
    }

    record CardItem(UUID id, String key, Instant enrolledAt, Instant revokedAt, boolean revoked) {
        static CardItem of(Member.Card c) {
            return new CardItem(c.id(), c.key(), c.enrolledAt(), c.revokedAt(), c.revoked());
        }
    }

    private final MemberStore members;

    MembersHandler(MemberStore members) {
        this.members = members;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        List<MemberItem> items = members.listWithCards().stream().map(MemberItem::of).toList();
        Json.send(response, callback, HttpStatus.OK_200, new MemberList(items));
    }
}
