package org.backclass.domain.auth;

import java.util.Locale;

/** What an API token may do; each role includes the ones before it. */
public enum Role {
    /** Reads reports. */
    VIEWER,
    /** Front desk: reads and changes members, cards and attendance. */
    STAFF,
    /** Manager: everything, including erasure and tokens. */
    ADMIN;

    public boolean includes(Role required) {
        return compareTo(required) >= 0;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromId(String id) {
        for (Role r : values()) {
            if (r.id().equals(id == null ? "" : id.strip().toLowerCase(Locale.ROOT))) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + id + "'; allowed: viewer, staff, admin");
    }
}
