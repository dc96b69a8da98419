package org.backclass.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The page's ES modules, each served as {@code /staff/<name>}. */
    private static final List<String> MODULES = List.of("staff.js", "api.js", "today.js", "attendance.js",
            "members.js", "cards.js", "import.js");

    /** A file and its entity tag (a hash of its bytes), so a revalidating browser gets a 304. */
    private record File(String contentType, byte[] bytes, String etag) {
    }

    private final Map<String, File> files;

    StaffPage() {
        Map<String, File> found = new HashMap<>();
        found.put("/", load("index.html", "text/html; charset=utf-8"));
        found.put("/staff/staff.css", load("staff.css", "text/css; charset=utf-8"));
        for (String module : MODULES) {
            found.put("/staff/" + module, load(module, "text/javascript; charset=utf-8"));
        }
        files = Map.copyOf(found);
    }

    private static File load(String name, String contentType) {
        try (InputStream in = StaffPage.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the staff page's " + name + " is missing from the jar");
            }
            byte[] bytes = in.readAllBytes();
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new File(contentType, bytes, "\"" + HexFormat.of().formatHex(hash, 0, 12) + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
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
                    Set.of("GET", "HEAD")));
            return true;
        }
        // Revalidated on every load (cheap: a 304 by entity tag), so a kiosk update reaches every open laptop.
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        response.getHeaders().put(HttpHeader.ETAG, file.etag());
        response.getHeaders().put("Content-Security-Policy", POLICY);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        response.getHeaders().put("Referrer-Policy", "no-referrer");
        if (file.etag().equals(request.getHeaders().get(HttpHeader.IF_NONE_MATCH))) {
            response.setStatus(HttpStatus.NOT_MODIFIED_304);
            callback.succeeded();
            return true;
        }
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, file.contentType());
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, file.bytes().length);
        response.write(true, ByteBuffer.wrap(file.bytes()), callback);
        return true;
    }
}
