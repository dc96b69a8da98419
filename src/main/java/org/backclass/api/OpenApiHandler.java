package org.backclass.api;

import java.util.Set;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/v1/openapi.json}, for any valid token: the hand-written contract from the
 * classpath, with {@code info.version} set to the running version. Loaded once, so a missing or broken document
 * stops the server from being built rather than surfacing on the first request.
 */
final class OpenApiHandler extends ApiHandler {

    static final String RESOURCE = "/org/backclass/api/openapi.json";

    private final byte[] document;

    OpenApiHandler(String version) {
        JsonNode doc = load();
        ((ObjectNode) doc.get("info")).put("version", version);
        this.document = Json.bytes(doc);
    }

    /** The document as shipped, for tests and for the constructor. */
    static JsonNode load() {
        try (InputStream in = OpenApiHandler.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the jar");
            }
            JsonNode doc = Json.mapper().readTree(in);
            if (!doc.path("info").isObject() || !doc.path("paths").isObject()) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " has no info or paths");
            }
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document " + RESOURCE, e);
        }
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams.of(request, Set.of());
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Json.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, document.length);
        response.write(true, ByteBuffer.wrap(document), callback);
    }
}
