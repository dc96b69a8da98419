package org.backclass.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.regex.Pattern;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.MemberStore;
import org.backclass.domain.member.NewMember;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code POST /api/v1/members}: creates one member from
 * {@code {"firstName", "lastName", "memberNumber", "email"}} (only the first name is required).
 * Every mistake gets a 400 naming the field; a member number already in use is a 409. Cards are
 * enrolled on the kiosk or with their own route, never here.
 */
final class MemberCreateHandler extends ApiHandler {

    private static final Set<String> FIELDS = Set.of("firstName", "lastName", "memberNumber", "email");
    private static final int MAX_NAME = 60;
    private static final Pattern MEMBER_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private final MemberStore members;
    private final long maxBodyBytes;

    MemberCreateHandler(MemberStore members, long maxBodyBytes) {
        this.members = members;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams.of(request, Set.of());
        NewMember wanted = parse(RequestBodies.readJson(request, maxBodyBytes));
        if (wanted.memberNumber() != null && members.listWithCards().stream()
                .anyMatch(m -> wanted.memberNumber().equals(m.memberNumber()))) {
            throw ApiProblem.of(HttpStatus.CONFLICT_409, "member number " + wanted.memberNumber()
                    + " is already in use");
        }
        Member created = members.create(wanted);
        response.getHeaders().put(HttpHeader.LOCATION, ApiRoutes.PREFIX + "/members/" + created.id());
        Json.send(response, callback, HttpStatus.CREATED_201, MembersHandler.MemberItem.of(created));
    }

    static NewMember parse(JsonNode body) {
        if (!body.isObject()) {
            throw ApiProblem.badRequest("the body must be a JSON object such as "
                    + "{\"firstName\": \"Anna\", \"lastName\": \"Keller\", \"memberNumber\": \"M-001\"}");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiProblem.badRequest("unknown field '" + Problems.printable(name)
                        + "'; allowed: firstName, lastName, memberNumber, email");
            }
        }
        String first = name(body, "firstName");
        if (first == null || first.isEmpty()) {
            throw ApiProblem.badRequest("field 'firstName' is required");
        }
        String last = name(body, "lastName");
        String number = optional(body, "memberNumber");
        if (number != null && !MEMBER_NUMBER.matcher(number).matches()) {
            throw ApiProblem.badRequest("field 'memberNumber' must be 1-32 letters, digits and . _ / -,"
                    + " starting with a letter or digit");
        }
        String email = optional(body, "email");
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            throw ApiProblem.badRequest("field 'email' must be an address such as anna@example.org");
        }
        return new NewMember(new MemberName(first, last == null ? "" : last), number, email);
    }

    /** A name: trimmed, at most {@value #MAX_NAME} characters, no control characters. */
    private static String name(JsonNode body, String field) {
        String value = optional(body, field);
        if (value != null && (value.length() > MAX_NAME || value.chars().anyMatch(Character::isISOControl))) {
            throw ApiProblem.badRequest("field '" + field + "' must be at most " + MAX_NAME
                    + " characters without line breaks or control characters");
        }
        return value;
    }

    /** A string field, trimmed; null when absent, null or blank. */
    private static String optional(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiProblem.badRequest("field '" + field + "' must be a string");
        }
        String text = value.textValue().strip();
        return text.isEmpty() ? null : text;
    }
}
