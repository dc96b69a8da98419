package org.backclass.domain.auth;

import java.time.Instant;
import java.util.List;

/** Storage port for API tokens; only SHA-256 hashes are ever stored. Blocking. */
public interface TokenStore {

    /** A token that is not revoked: its hash (lower-case hex), role and label. */
    record ActiveToken(String tokenHash, Role role, String label) {
    }

    void add(String tokenHash, Role role, String label, Instant createdAt);

    /**
     * Every token that is not revoked. A kiosk has a handful, so the service compares a presented
     * token with each in constant time instead of letting the database look the hash up.
     */
    List<ActiveToken> active();

    /** Revokes every token with this label; returns how many. */
    int revokeByLabel(String label);
}
