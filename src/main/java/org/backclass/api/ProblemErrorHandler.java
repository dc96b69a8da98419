package org.backclass.api;

import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Jetty's own error answers (unparseable requests, ambiguous URIs, headers too large, shutdown
 * rejections, anything a handler let escape) as problem JSON instead of Jetty's HTML page.
 * 4xx keep Jetty's short reason; 5xx never show the exception.
 */
final class ProblemErrorHandler implements Request.Handler {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer code ? code
                : response.getStatus();
        String message = request.getAttribute(ErrorHandler.ERROR_MESSAGE) instanceof String s ? s : null;
        Throwable cause = request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof Throwable t ? t : null;
        if (cause instanceof HttpException http) {
            status = http.getCode();
            if (message == null) {
                message = http.getReason();
            }
        }
        if (status < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR_500;
        }
        if (status == HttpStatus.HTTP_VERSION_NOT_SUPPORTED_505) {
            // Jetty's parser answers "HTTP/9.9" with this before any handler runs: the client sent
            // something this server does not speak, which is its mistake, not a fault to log as an
            // error or to report as the server's ("an unexpected error occurred").
            status = HttpStatus.BAD_REQUEST_400;
        }
        String detail;
        if (status == HttpStatus.SERVICE_UNAVAILABLE_503) {
            // Jetty answers 503 itself when the graceful stop turns new requests away: expected, not a fault.
            LOG.info("{} {} -> 503 while stopping", request.getMethod(), path(request));
            detail = "the kiosk is not accepting requests right now";
        } else if (status >= 500) {
            LOG.error("{} {} -> {}", request.getMethod(), path(request), status, cause);
            detail = Problems.INTERNAL_DETAIL;
        } else {
            detail = message == null || message.isBlank() ? HttpStatus.getMessage(status) : Problems.printable(message);
        }
        if (cause instanceof HttpException) {
            // Jetty drops the connection after some of these (an encoded NUL in the path) without saying
            // so; a keep-alive client then sends its next request into a closed socket and gets no
            // answer at all. Announcing the close is always safe after a request this broken.
            response.getHeaders().put(HttpHeader.CONNECTION, HttpHeaderValue.CLOSE.asString());
        }
        if (HttpStatus.hasNoBody(status)) {
            response.setStatus(status);
            callback.succeeded();
            return true;
        }
        Problems.write(response, callback, status, detail);
        return true;
    }

    private static String path(Request request) {
        return Problems.printable(request.getHttpURI() == null ? null : request.getHttpURI().getPath());
    }
}
