package org.backclass.api;

import java.util.Optional;
import org.backclass.domain.auth.Role;
import org.backclass.domain.auth.TokenGrant;
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
    private static final String GRANT = BearerAuth.class.getName() + ".grant";
    private static final String CHALLENGE = "Bearer realm=\"backclass\"";

    private final TokenService tokens;
    private final FailedTokenLimiter limiter;

    BearerAuth(TokenService tokens, FailedTokenLimiter limiter) {
        this.tokens = tokens;
        this.limiter = limiter;
    }

    /**
     * The caller's token grant if its role includes {@code minimum}; also kept on the request for
     * {@link #actor}.
     *
     * @throws ApiProblem 401 for a missing or invalid token, 403 for a role that is too weak,
     *         429 while the caller's address must wait after too many wrong tokens, 503 when
     *         tokens cannot be checked
     */
    TokenGrant require(Request request, Role minimum) {
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
        Optional<TokenGrant> grant;
        try {
            grant = tokens.identify(parts[1]);
        } catch (RuntimeException e) {
            LOG.error("Token check failed", e);
            throw ApiProblem.unavailable("tokens cannot be checked right now; try again shortly");
        }
        if (grant.isEmpty()) {
            limiter.failed(address);
            throw ApiProblem.unauthorized("the token is not valid (unknown or revoked)",
                    CHALLENGE + ", error=\"invalid_token\"");
        }
        limiter.succeeded(address);
        request.setAttribute(GRANT, grant.get());
        if (!grant.get().role().includes(minimum)) {
            throw ApiProblem.forbidden("this needs role '" + minimum.id() + "' or higher; the token has role '"
                    + grant.get().role().id() + "'");
        }
        return grant.get();
    }

    /** The label of the token that authenticated this request: the actor in the audit log. */
    static String actor(Request request) {
        if (request.getAttribute(GRANT) instanceof TokenGrant grant) {
            return grant.label();
        }
        throw new IllegalStateException("the request was not authenticated by a token");
    }
}
