package org.backclass.domain.auth;

import java.time.Instant;
import java.util.Optional;

/** Storage port for API tokens; only SHA-256 hashes are ever stored. Blocking. */
public interface TokenStore {

    void add(String tokenHash, Role role, String label, Instant createdAt);

    /** The role of a token that exists and is not revoked. */
    Optional<Role> roleOf(String tokenHash);

    /** Revokes every token with this label; returns how many. */
    int revokeByLabel(String label);
}
