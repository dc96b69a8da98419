package org.backclass.domain.staff;

import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Who acted on a member's record (decided on a level proposal, cleared a red flag): the staff
 * member whose card unlocked instructor mode, or — when nothing names a person, as with the
 * shared PIN or a staff API token — a short label saying how. Exactly one of the two is set.
 *
 * @param staffMemberId the staff member (a member marked as staff), or null
 * @param label         a label of 1–20 capital letters, digits or {@code -}, or null
 */
public record ActedBy(UUID staffMemberId, String label) {

    // Before PIN: the constructor checks labels against it.
    private static final Pattern LABEL = Pattern.compile("[A-Z0-9-]{1,20}");

    /** Instructor mode was unlocked with the kiosk's PIN, which names nobody. */
    public static final ActedBy PIN = new ActedBy(null, "PIN");

    /** A staff API token, which names a purpose rather than a person. */
    public static final ActedBy API = new ActedBy(null, "API");

    public ActedBy {
        if ((staffMemberId == null) == (label == null)) {
            throw new IllegalArgumentException("either a staff member or a label decides, not both or neither");
        }
        if (label != null && !LABEL.matcher(label).matches()) {
            throw new IllegalArgumentException("a label is 1-20 capital letters, digits or '-', was " + label);
        }
    }

    /** Instructor mode was unlocked by this staff member's card. */
    public static ActedBy staffCard(UUID staffMemberId) {
        return new ActedBy(Objects.requireNonNull(staffMemberId, "staffMemberId"), null);
    }

    /** The stored form: the staff member's id, or the label. */
    public String stored() {
        return staffMemberId != null ? staffMemberId.toString() : label;
    }

    /**
     * Reads the {@link #stored()} form back.
     *
     * @throws IllegalArgumentException when it is neither an id nor a label
     */
    public static ActedBy fromStored(String stored) {
        Objects.requireNonNull(stored, "stored");
        if (LABEL.matcher(stored).matches()) {
            return new ActedBy(null, stored);
        }
        return staffCard(UUID.fromString(stored));
    }
}
