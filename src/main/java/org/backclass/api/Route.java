package org.backclass.api;

import java.util.Objects;
import java.util.Optional;
import org.backclass.domain.auth.Role;
import org.eclipse.jetty.server.Handler;

/**
 * One row of the route table: what the router dispatches and what the OpenAPI contract test
 * compares against {@code openapi.json}.
 *
 * @param method       HTTP method, upper case
 * @param path         path template as written in the OpenAPI document: literal, matched
 *                     exactly, or with {@code {name}} segments (see {@link PathTemplate})
 * @param minimumRole  empty for an open route, otherwise the weakest role that may call it
 */
record Route(String method, String path, Optional<Role> minimumRole, Handler handler) {

    Route {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(minimumRole, "minimumRole");
        Objects.requireNonNull(handler, "handler");
        // /metrics is where every Prometheus scraper looks by default; everything else is versioned.
        if (!path.startsWith("/api/") && !path.equals("/metrics")) {
            throw new IllegalArgumentException("API paths start with /api/ (or are /metrics): " + path);
        }
    }

    static Route open(String method, String path, Handler handler) {
        return new Route(method, path, Optional.empty(), handler);
    }

    static Route secured(String method, String path, Role minimumRole, Handler handler) {
        return new Route(method, path, Optional.of(minimumRole), handler);
    }

    boolean isOpen() {
        return minimumRole.isEmpty();
    }
}
