package org.backclass.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import org.backclass.domain.card.RawCardFormat;

/**
 * The body of a simulated tap: {@code {"uid": "<hex in card order>"}} or
 * {@code {"raw": "<reading>", "format": "<hex|hex-reversed|dec|w26>"}}. Validated by hand so
 * that each mistake gets a sentence naming the field.
 */
record TapRequest(String raw, RawCardFormat format) {

    private static final Set<String> FIELDS = Set.of("uid", "raw", "format");

    /** @throws ApiProblem 400 for anything but exactly one of the two shapes above */
    static TapRequest from(JsonNode body) {
        if (!body.isObject()) {
            throw ApiProblem.badRequest("the body must be a JSON object such as {\"uid\": \"04A3C6CAE26180\"}");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                throw ApiProblem.badRequest("unknown field '" + Problems.printable(name)
                        + "'; allowed: uid, or raw with format");
            }
        }
        String uid = text(body, "uid");
        String raw = text(body, "raw");
        String format = text(body, "format");
        if ((uid == null) == (raw == null)) {
            throw ApiProblem.badRequest("give exactly one of 'uid' (hex in card order) or 'raw' (with 'format')");
        }
        if (uid != null) {
            if (format != null) {
                throw ApiProblem.badRequest("'format' goes with 'raw'; 'uid' is always hex in card order");
            }
            return new TapRequest(uid, RawCardFormat.HEX);
        }
        if (format == null) {
            throw ApiProblem.badRequest("'raw' needs a 'format': " + RawCardFormat.allowedIds());
        }
        // fromId throws InvalidCardReadException, which the handler turns into a 400 with its message.
        return new TapRequest(raw, RawCardFormat.fromId(format));
    }

    private static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null) {
            return null;
        }
        if (!value.isTextual()) {
            throw ApiProblem.badRequest("field '" + field + "' must be a string, not " + kind(value));
        }
        return value.textValue();
    }

    private static String kind(JsonNode value) {
        return switch (value.getNodeType()) {
            case NULL -> "null";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> value.getNodeType().name().toLowerCase(Locale.ROOT);
        };
    }
}
