package org.backclass.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.InvalidCardReadException;
import org.backclass.domain.card.RawCardFormat;
import org.backclass.domain.member.CardCollisionException;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberStore;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A member's cards: {@code GET .../cards} lists them (revoked ones too), {@code POST .../cards}
 * enrols one by its number — {@code {"uid": "04A3C6CAE26180"}} (hex, any separators; ten digits is
 * taken as a desk reader's decimal) or {@code {"raw": "0077842122", "format": "dec"}} — and
 * {@code DELETE .../cards/{cardId}} revokes one. A card someone else holds is a 409 naming them.
 */
final class MemberCardsHandler extends ApiHandler {

    static final String PATH = ApiRoutes.PREFIX + "/members/{id}/cards";
    static final String CARD_PATH = PATH + "/{cardId}";
    private static final Set<String> FIELDS = Set.of("uid", "raw", "format");

    /** What a request does: list, enrol or revoke. */
    enum Verb { LIST, ENROL, REVOKE }

    private final MemberStore members;
    private final long maxBodyBytes;
    private final Verb verb;

    MemberCardsHandler(MemberStore members, long maxBodyBytes, Verb verb) {
        this.members = members;
        this.maxBodyBytes = maxBodyBytes;
        this.verb = verb;
    }

    record CardList(List<MembersHandler.CardItem> items) {
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams.of(request, Set.of());
        UUID memberId = ProgressHandler.memberId(PathTemplate.parameter(request, "id"));
        switch (verb) {
            case LIST -> Json.send(response, callback, HttpStatus.OK_200, new CardList(
                    MemberHandler.find(members, memberId).cards().stream().map(MembersHandler.CardItem::of).toList()));
            case ENROL -> enrol(request, response, callback, memberId);
            case REVOKE -> revoke(request, response, callback, memberId);
        }
    }

    private void enrol(Request request, Response response, Callback callback, UUID memberId) {
        CardKey key = cardKey(RequestBodies.readJson(request, maxBodyBytes));
        MemberHandler.find(members, memberId);
        Member.Card card;
        try {
            card = members.enrolCard(memberId, key);
        } catch (CardCollisionException e) {
            throw ApiProblem.of(HttpStatus.CONFLICT_409, e.getMessage() + "; revoke it there first");
        } catch (IllegalArgumentException erasedMeanwhile) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND_404, "no member with id " + memberId);
        }
        response.getHeaders().put(HttpHeader.LOCATION, PATH.replace("{id}", memberId.toString()) + "/" + card.id());
        Json.send(response, callback, HttpStatus.CREATED_201, MembersHandler.CardItem.of(card));
    }

    private void revoke(Request request, Response response, Callback callback, UUID memberId) {
        UUID cardId = Uuids.parse(PathTemplate.parameter(request, "cardId"), "the card id (as the member's cards list it)");
        boolean theirs = MemberHandler.find(members, memberId).cards().stream().anyMatch(c -> c.id().equals(cardId));
        if (!theirs) {
            throw ApiProblem.of(HttpStatus.NOT_FOUND_404, "member " + memberId + " has no card " + cardId);
        }
        // Revoking a revoked card changes nothing; the answer is the same, so a retry is harmless.
        members.revokeCard(cardId);
        response.setStatus(HttpStatus.NO_CONTENT_204);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, Json.NO_STORE);
        callback.succeeded();
    }

    /** @throws ApiProblem 400 naming what is wrong with the card number */
    static CardKey cardKey(JsonNode body) {
        if (!body.isObject()) {
            throw ApiProblem.badRequest("the body must be a JSON object such as {\"uid\": \"04A3C6CAE26180\"}");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiProblem.badRequest("unknown field '" + Problems.printable(name) + "'; allowed: uid, or raw with format");
            }
        }
        String uid = text(body, "uid");
        String raw = text(body, "raw");
        String format = text(body, "format");
        if ((uid == null) == (raw == null) || (uid != null && format != null)) {
            throw ApiProblem.badRequest("send either {\"uid\": \"<hex>\"} or {\"raw\": \"<reading>\", \"format\": \""
                    + RawCardFormat.allowedIds() + "\"}");
        }
        try {
            String number = uid != null ? uid : raw;
            RawCardFormat how = format != null ? RawCardFormat.fromId(format) : RawCardFormat.guess(number);
            return how.enrolmentKey(number);
        } catch (InvalidCardReadException e) {
            throw ApiProblem.badRequest("the card number cannot be enrolled: " + e.getMessage());
        }
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiProblem.badRequest("field '" + field + "' must be a string");
        }
        return value.textValue();
    }
}
