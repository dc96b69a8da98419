package org.backclass.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.backclass.domain.auth.TokenService;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Dispatches on the route table: 404 for an unknown path, 405 with {@code Allow} for a known
 * path and another method (HEAD is served by a GET route), 401/403 from {@link BearerAuth},
 * then the route's handler. Runs on Jetty worker threads; the table is immutable, so no
 * locking is needed.
 */
final class Router extends Handler.AbstractContainer {

    private final Map<String, Map<String, Route>> routesByPath;
    private final List<Handler> handlers;
    private final BearerAuth auth;
    private final Metrics metrics;

    Router(List<Route> routes, TokenService tokens, Metrics metrics, java.time.Clock clock) {
        Map<String, Map<String, Route>> byPath = new LinkedHashMap<>();
        List<Handler> all = new ArrayList<>();
        for (Route route : routes) {
            Route previous = byPath.computeIfAbsent(route.path(), p -> new LinkedHashMap<>())
                    .putIfAbsent(route.method(), route);
            if (previous != null) {
                throw new IllegalArgumentException("route listed twice: " + route.method() + " " + route.path());
            }
            all.add(route.handler());
            addBean(route.handler());
        }
        byPath.replaceAll((path, methods) -> Collections.unmodifiableMap(methods));
        this.routesByPath = Collections.unmodifiableMap(byPath);
        this.handlers = List.copyOf(all);
        this.auth = new BearerAuth(tokens, new FailedTokenLimiter(clock));
        this.metrics = metrics;
    }

    @Override
    public List<Handler> getHandlers() {
        return handlers;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, Json.NO_STORE);
        long start = System.nanoTime();
        Route route;
        try {
            route = find(request);
        } catch (ApiProblem problem) {
            // Labelled apart: raw paths as labels would let any client grow the metrics without end.
            Problems.send(request, response, callback, problem);
            metrics.recordRequest("unmatched", request.getMethod().length() <= 10 ? request.getMethod() : "other",
                    response.getStatus(), System.nanoTime() - start);
            return true;
        }
        Callback timed = Callback.from(callback, () -> metrics.recordRequest(route.path(), route.method(),
                response.getStatus(), System.nanoTime() - start));
        try {
            route.minimumRole().ifPresent(minimum -> auth.require(request, minimum));
        } catch (ApiProblem problem) {
            Problems.send(request, response, timed, problem);
            return true;
        }
        return route.handler().handle(request, response, timed);
    }

    private Route find(Request request) {
        String path = Request.getPathInContext(request);
        Map<String, Route> methods = routesByPath.get(path);
        if (methods == null) {
            methods = templated(request, path);
        }
        Route route = methods.get(request.getMethod());
        if (route == null && HttpMethod.HEAD.is(request.getMethod())) {
            // RFC 9110 asks every server to answer HEAD like GET; Jetty drops the body itself.
            route = methods.get(HttpMethod.GET.asString());
        }
        if (route == null) {
            Set<String> allowed = new TreeSet<>(methods.keySet());
            if (allowed.contains(HttpMethod.GET.asString())) {
                allowed.add(HttpMethod.HEAD.asString());
            }
            throw ApiProblem.methodNotAllowed(request.getMethod(), allowed);
        }
        return route;
    }

    /** Literal paths win; then the first template that fits, whose parameters go on the request. */
    private Map<String, Route> templated(Request request, String path) {
        for (Map.Entry<String, Map<String, Route>> entry : routesByPath.entrySet()) {
            if (PathTemplate.isTemplate(entry.getKey())) {
                Optional<Map<String, String>> parameters = PathTemplate.match(entry.getKey(), path);
                if (parameters.isPresent()) {
                    PathTemplate.remember(request, parameters.get());
                    return entry.getValue();
                }
            }
        }
        throw ApiProblem.notFound(path);
    }
}
