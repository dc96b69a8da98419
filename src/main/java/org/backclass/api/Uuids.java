package org.backclass.api;

import java.util.UUID;
import java.util.regex.Pattern;

/** Ids in paths and parameters: only the canonical 36-character form; anything else (a name, "..", SQL) is a 400. */
final class Uuids {

    private static final Pattern CANONICAL = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private Uuids() {
    }

    /**
     * @param what names the value in the answer, e.g. "the member id" or "parameter 'memberId'"
     * @throws ApiProblem 400 for anything but a canonical UUID
     */
    static UUID parse(String raw, String what) {
        if (raw == null || !CANONICAL.matcher(raw).matches()) {
            throw ApiProblem.badRequest(what + " must be a UUID such as 123e4567-e89b-12d3-a456-426614174000; got '"
                    + Problems.printable(String.valueOf(raw)) + "'");
        }
        return UUID.fromString(raw);
    }
}
