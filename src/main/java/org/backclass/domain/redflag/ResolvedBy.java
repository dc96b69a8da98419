package org.backclass.domain.redflag;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who cleared a red flag after speaking to the member, as stored beside the resolution: the staff
 * member whose card unlocked instructor mode, the instructor PIN (shared, so no person), or a
 * staff API token.
 *
 * @param code {@code staff:} + the staff member's id, {@code pin} or {@code api}
 */
public record ResolvedBy(String code) {

    // Before the constants below: they are checked against it while the class initialises.
    private static final Pattern CODE = Pattern.compile(
            "pin|api|staff:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    public static final ResolvedBy PIN = new ResolvedBy("pin");
    public static final ResolvedBy API = new ResolvedBy("api");

    public ResolvedBy {
        Objects.requireNonNull(code, "code");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("a resolver is pin, api or staff:<member id>; got " + code);
        }
    }

    /** The instructor who unlocked the kiosk with their staff card. */
    public static ResolvedBy staffMember(UUID memberId) {
        return new ResolvedBy("staff:" + memberId);
    }
}
