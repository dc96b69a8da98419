package org.backclass.api;

import java.util.List;
import java.util.Set;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Cross-origin access for web pages served elsewhere (a gym's intranet page calling the kiosk):
 * closed unless {@code api.cors.origins} lists the page's exact origin. A preflight from any
 * other origin is a 403 problem and no answer ever carries {@code Access-Control-Allow-Origin}
 * for it, so a browser keeps other sites' scripts away from the API even while a staff member
 * is signed in. The staff page itself is same-origin and needs none of this. Never {@code *},
 * never credentials: the API uses bearer tokens, not cookies.
 *
 * <p>Thread-safe (immutable); runs on Jetty worker threads before the router.
 */
final class CorsPolicy extends Handler.Wrapper {

    static final String METHODS = "GET, POST, PATCH, DELETE";
    static final String HEADERS = "Authorization, Content-Type";
    static final long MAX_AGE_SECONDS = 600;
    /** What a page needs to read besides the simple headers: the CSV's file name, where a new thing is, when to retry. */
    static final String EXPOSED = "Content-Disposition, Location, Retry-After, ETag";

    private final Set<String> origins;

    CorsPolicy(List<String> origins, Handler next) {
        super(next);
        this.origins = Set.copyOf(origins);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String origin = request.getHeaders().get(HttpHeader.ORIGIN);
        if (origin == null) {
            return super.handle(request, response, callback);
        }
        boolean allowed = origins.contains(origin);
        boolean preflight = request.getMethod().equals("OPTIONS")
                && request.getHeaders().contains(HttpHeader.ACCESS_CONTROL_REQUEST_METHOD);
        if (preflight && !allowed) {
            Problems.write(response, callback, HttpStatus.FORBIDDEN_403, "cross-origin requests from "
                    + Problems.printable(origin) + " are not allowed; the kiosk's api.cors.origins setting lists the"
                    + " web pages that may call it");
            return true;
        }
        if (!allowed) {
            return super.handle(request, response, callback);
        }
        if (preflight) {
            allow(response.getHeaders(), origin);
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_METHODS, METHODS);
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_ALLOW_HEADERS, HEADERS);
            response.getHeaders().put(HttpHeader.ACCESS_CONTROL_MAX_AGE, MAX_AGE_SECONDS);
            response.setStatus(HttpStatus.NO_CONTENT_204);
            callback.succeeded();
            return true;
        }
        allow(response.getHeaders(), origin);
        // An error answer resets the response; the page must still be allowed to read the problem.
        return super.handle(request, new Response.Wrapper(request, response) {
            @Override
            public void reset() {
                super.reset();
                allow(getHeaders(), origin);
            }
        }, callback);
    }

    private static void allow(HttpFields.Mutable headers, String origin) {
        headers.put(HttpHeader.ACCESS_CONTROL_ALLOW_ORIGIN, origin);
        headers.put(HttpHeader.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        headers.add(new HttpField(HttpHeader.VARY, "Origin"));
    }
}
