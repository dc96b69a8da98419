package org.backclass.domain.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Issues and checks bearer tokens. A token is 256 random bits shown once; the store keeps
 * its SHA-256 (a fast hash is enough for a secret of that entropy). Thread-safe.
 */
public final class TokenService {

    private static final String PREFIX = "bc_";
    private final TokenStore store;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TokenService(TokenStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Creates a token and returns it in clear text; it cannot be shown again. */
    public String create(Role role, String label) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        store.add(hash(token), role, label, clock.instant());
        return token;
    }

    /** The role a presented token grants, if it is valid. */
    public Optional<Role> authenticate(String presented) {
        return identify(presented).map(TokenGrant::role);
    }

    /**
     * The role and label of a presented token, if it is valid. Its hash is compared with every
     * active token's with {@link MessageDigest#isEqual} (constant time) and without stopping at a
     * match, so the answer time tells nothing about how close a guess was.
     */
    public Optional<TokenGrant> identify(String presented) {
        if (presented == null || !presented.startsWith(PREFIX) || presented.length() > 128) {
            return Optional.empty();
        }
        byte[] presentedHash = hash(presented).getBytes(StandardCharsets.US_ASCII);
        TokenGrant found = null;
        for (TokenStore.ActiveToken token : store.active()) {
            if (MessageDigest.isEqual(presentedHash, token.tokenHash().getBytes(StandardCharsets.US_ASCII))) {
                found = new TokenGrant(token.role(), token.label());
            }
        }
        return Optional.ofNullable(found);
    }

    /** Revokes every token with this label; returns how many. */
    public int revokeAll(String label) {
        return store.revokeByLabel(label);
    }

    /** Replaces every token with this label by a fresh one (used for the demo token). */
    public String rotate(Role role, String label) {
        store.revokeByLabel(label);
        return create(role, label);
    }

    static String hash(String token) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
