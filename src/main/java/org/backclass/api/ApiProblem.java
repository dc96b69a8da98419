package org.backclass.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.http.HttpStatus;

/**
 * An error answer, thrown by handlers and the router and written as an RFC 9457 problem by
 * {@link Problems}. The detail is shown to the client, so it must never carry internals.
 * No stack trace is filled in: this is an expected outcome, not a bug.
 */
final class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final transient Map<String, String> headers;

    private ApiProblem(int status, String detail, Map<String, String> headers) {
        super(Objects.requireNonNull(detail, "detail"), null, false, false);
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    static ApiProblem of(int status, String detail) {
        return new ApiProblem(status, detail, Map.of());
    }

    static ApiProblem badRequest(String detail) {
        return of(HttpStatus.BAD_REQUEST_400, detail);
    }

    static ApiProblem unauthorized(String detail, String wwwAuthenticate) {
        return new ApiProblem(HttpStatus.UNAUTHORIZED_401, detail, Map.of("WWW-Authenticate", wwwAuthenticate));
    }

    static ApiProblem forbidden(String detail) {
        return of(HttpStatus.FORBIDDEN_403, detail);
    }

    static ApiProblem notFound(String path) {
        return of(HttpStatus.NOT_FOUND_404, "no resource at " + Problems.printable(path));
    }

    static ApiProblem methodNotAllowed(String method, Set<String> allowed) {
        String allow = String.join(", ", new TreeSet<>(allowed));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Allow", allow);
        return new ApiProblem(HttpStatus.METHOD_NOT_ALLOWED_405,
                "method " + Problems.printable(method) + " is not allowed here; allowed: " + allow, headers);
    }

    static ApiProblem tooLarge(long maxBytes) {
        return of(HttpStatus.PAYLOAD_TOO_LARGE_413, "the request body is larger than " + maxBytes + " bytes");
    }

    static ApiProblem unsupportedMediaType(String detail) {
        return of(HttpStatus.UNSUPPORTED_MEDIA_TYPE_415, detail);
    }

    static ApiProblem tooManyRequests(String detail, long retryAfterSeconds) {
        return new ApiProblem(HttpStatus.TOO_MANY_REQUESTS_429, detail,
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    static ApiProblem unavailable(String detail) {
        return of(HttpStatus.SERVICE_UNAVAILABLE_503, detail);
    }

    int status() {
        return status;
    }

    String detail() {
        return getMessage();
    }

    /** Extra response headers the status calls for (Allow, WWW-Authenticate). */
    Map<String, String> headers() {
        return headers;
    }
}
