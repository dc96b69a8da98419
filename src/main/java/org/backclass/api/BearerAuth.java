package org.backclass.api;

import java.util.Optional;
import org.backclass.domain.auth.Role;
import org.backclass.domain.auth.TokenService;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks {@code Authorization: Bearer <token>} (RFC 6750) against the token store. The lookup
 * blocks on the database, which is fine: it runs on the Jetty worker thread of the request.
 */
final class BearerAuth {

    private static final Logger LOG = LoggerFactory.getLogger(BearerAuth.class);
    private static final String CHALLENGE = "Bearer realm=\"backclass\"";

    private final TokenService tokens;
    private final FailedTokenLimiter limiter;

    BearerAuth(TokenService tokens, FailedTokenLimiter limiter) {
        this.tokens = tokens;
        this.limiter = limiter;
    }

    /**
     * The caller's role if it includes {@code minimum}.
     *
     * @throws ApiProblem 401 for a missing or invalid token, 403 for a role that is too weak,
     *         429 while the caller's address must wait after too many wrong tokens, 503 when
     *         tokens cannot be checked
     */
    Role require(Request request, Role minimum) {
        String address = Request.getRemoteAddr(request);
        limiter.checkAllowed(address);
        String header = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            throw ApiProblem.unauthorized("this needs a token: send 'Authorization: Bearer <token>'", CHALLENGE);
        }
        String[] parts = header.strip().split("\\s+", 2);
        if (parts.length != 2 || !parts[0].equalsIgnoreCase("Bearer")) {
            throw ApiProblem.unauthorized("only bearer tokens are accepted: send 'Authorization: Bearer <token>'",
                    CHALLENGE + ", error=\"invalid_request\"");
        }
        Optional<Role> role;
        try {
            role = tokens.authenticate(parts[1]);
        } catch (RuntimeException e) {
            LOG.error("Token check failed", e);
            throw ApiProblem.unavailable("tokens cannot be checked right now; try again shortly");
        }
        if (role.isEmpty()) {
            limiter.failed(address);
            throw ApiProblem.unauthorized("the token is not valid (unknown or revoked)",
                    CHALLENGE + ", error=\"invalid_token\"");
        }
        limiter.succeeded(address);
        if (!role.get().includes(minimum)) {
            throw ApiProblem.forbidden("this needs role '" + minimum.id() + "' or higher; the token has role '"
                    + role.get().id() + "'");
        }
        return role.get();
    }
}
