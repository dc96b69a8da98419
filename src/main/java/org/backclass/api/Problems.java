package org.backclass.api;

import java.nio.ByteBuffer;
import org.backclass.domain.LogText;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes RFC 9457 problem responses. Problems use {@code type: about:blank}, so the title is
 * the HTTP reason phrase and the detail says what to fix.
 */
final class Problems {

    private static final Logger LOG = LoggerFactory.getLogger(Problems.class);
    static final String CONTENT_TYPE = "application/problem+json";
    static final String INTERNAL_DETAIL = "an unexpected error occurred; the kiosk log has the details";

    /** The body of every error response. */
    record Problem(String type, String title, int status, String detail) {
    }

    private Problems() {
    }

    static Problem problem(int status, String detail) {
        return new Problem("about:blank", HttpStatus.getMessage(status), status, detail);
    }

    /** Answers with the problem, or aborts the response if part of it is already on the wire. */
    static void send(Request request, Response response, Callback callback, ApiProblem problem) {
        if (response.isCommitted()) {
            callback.failed(problem);
            return;
        }
        response.reset();
        problem.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        write(response, callback, problem.status(), problem.detail());
        if (problem.status() >= 500) {
            LOG.warn("{} {} -> {}: {}", request.getMethod(), printable(Request.getPathInContext(request)),
                    problem.status(), problem.detail());
        } else if (LOG.isDebugEnabled()) {
            LOG.debug("{} {} -> {}: {}", request.getMethod(), printable(Request.getPathInContext(request)),
                    problem.status(), problem.detail());
        }
    }

    /** A bug or an infrastructure failure: logged in full, answered with a 500 that says nothing. */
    static void sendInternalError(Request request, Response response, Callback callback, Throwable failure) {
        LOG.error("{} {} failed", request.getMethod(), printable(Request.getPathInContext(request)), failure);
        if (response.isCommitted()) {
            callback.failed(failure);
            return;
        }
        response.reset();
        write(response, callback, HttpStatus.INTERNAL_SERVER_ERROR_500, INTERNAL_DETAIL);
    }

    /** Writes the status, headers and body; the caller has reset the response if needed. */
    static void write(Response response, Callback callback, int status, String detail) {
        write(response, callback, status, (Object) problem(status, detail));
    }

    /** Writes a problem with extension members ({@code body} has the members of {@link Problem} and more). */
    static void write(Response response, Callback callback, int status, Object problemBody) {
        byte[] body = Json.bytes(problemBody);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, Json.NO_STORE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** Client-supplied text quoted in a problem detail or log line. */
    static String printable(String s) {
        return LogText.quote(s, 80);
    }
}
