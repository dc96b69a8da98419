package org.backclass.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Set;
import java.util.Optional;
import java.util.function.Function;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.MemberRules;
import org.backclass.domain.member.NewMember;

/**
 * A member's fields as a client sends them to create or change a member:
 * {@code firstName}, {@code lastName}, {@code memberNumber}, {@code email}. Each field that is
 * there is checked on its own and every mistake is a 400 naming the field; unknown fields are
 * refused. A field that is absent is left as it is when changing a member; a null or blank one
 * clears it (except the first name, which a member always has).
 */
record MemberFields(JsonNode body) {

    private static final Set<String> FIELDS = Set.of("firstName", "lastName", "memberNumber", "email");

    /** @throws ApiProblem 400 for anything but an object of known fields */
    static MemberFields of(JsonNode body) {
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
        MemberFields fields = new MemberFields(body);
        fields.name("firstName");
        fields.name("lastName");
        fields.memberNumber();
        fields.email();
        return fields;
    }

    /** A new member: the first name is required. */
    NewMember toNewMember() {
        String first = name("firstName");
        if (first == null) {
            throw ApiProblem.badRequest("field 'firstName' is required");
        }
        String last = name("lastName");
        return new NewMember(new MemberName(first, last == null ? "" : last), memberNumber(), email());
    }

    /** The member as changed by the fields that are there. */
    NewMember applyTo(Member current) {
        String first = body.has("firstName") ? name("firstName") : current.name().firstName();
        if (first == null) {
            throw ApiProblem.badRequest("field 'firstName' cannot be cleared: every member has a first name");
        }
        String last = body.has("lastName") ? name("lastName") : current.name().lastName();
        return new NewMember(new MemberName(first, last == null ? "" : last),
                body.has("memberNumber") ? memberNumber() : current.memberNumber(),
                body.has("email") ? email() : current.email(), current.staff());
    }

    private String memberNumber() {
        return checked("memberNumber", MemberRules::memberNumberProblem);
    }

    private String email() {
        return checked("email", MemberRules::emailProblem);
    }

    private String name(String field) {
        return checked(field, MemberRules::nameProblem);
    }

    private String checked(String field, Function<String, Optional<String>> rule) {
        String value = text(field);
        rule.apply(value).ifPresent(reason -> {
            throw ApiProblem.badRequest("field '" + field + "' " + reason);
        });
        return value;
    }

    /** A string field, trimmed; null when absent, null or blank. */
    private String text(String field) {
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
