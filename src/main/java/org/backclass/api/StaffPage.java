package org.backclass.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The staff web page: a fixed set of static files from the jar, {@code /} and {@code /staff/…}.
 * Only the files listed here are served, read once at start, so no path can reach anything else
 * (no directory listing, no traversal). The page holds no data: it signs in with a token and
 * uses only the public API, so its files need no token. Every other path is left to the API.
 */
final class StaffPage extends Handler.Abstract.NonBlocking {

    private static final String FOLDER = "/org/backclass/web/";
    /** The page may only load and talk to this origin; nothing inline runs. */
    private static final String POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'none';"
            + " base-uri 'none'; form-action 'self'";

    private record File(String contentType, byte[] bytes) {
    }

    private final Map<String, File> files;

    StaffPage() {
        files = Map.of(
                "/", load("index.html", "text/html; charset=utf-8"),
                "/staff/staff.css", load("staff.css", "text/css; charset=utf-8"),
                "/staff/staff.js", load("staff.js", "text/javascript; charset=utf-8"));
    }

    private static File load(String name, String contentType) {
        try (InputStream in = StaffPage.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the staff page's " + name + " is missing from the jar");
            }
            return new File(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        if (!path.equals("/") && !path.startsWith("/staff/")) {
            return false;
        }
        File file = files.get(path);
        if (file == null) {
            Problems.send(request, response, callback, ApiProblem.notFound(path));
            return true;
        }
        if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            Problems.send(request, response, callback, ApiProblem.methodNotAllowed(request.getMethod(),
                    java.util.Set.of("GET", "HEAD")));
            return true;
        }
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, file.bytes().length);
        // Revalidated on every load, so a kiosk update reaches every open laptop.
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put("Content-Security-Policy", POLICY);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        response.write(true, ByteBuffer.wrap(file.bytes()), callback);
        return true;
    }
}
