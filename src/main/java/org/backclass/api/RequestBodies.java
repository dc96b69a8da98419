package org.backclass.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;

/**
 * Reads JSON request bodies defensively: media type first, then a size cap that holds with or
 * without Content-Length, then strict UTF-8. Blocking; runs on the Jetty worker thread.
 */
final class RequestBodies {

    private static final long NO_BODY_MAX_BYTES = 64;

    private RequestBodies() {
    }

    /**
     * @throws ApiProblem 413 when the body is larger than {@code maxBytes}, 415 when it is not
     *         {@code application/json}, 400 when it is not valid UTF-8 JSON
     */
    static JsonNode readJson(Request request, long maxBytes) {
        if (request.getLength() > maxBytes) {
            throw ApiProblem.tooLarge(maxBytes);
        }
        requireJsonMediaType(request.getHeaders().get(HttpHeader.CONTENT_TYPE));
        byte[] body = readCapped(request, maxBytes);
        return Json.parse(utf8(body));
    }

    /**
     * A text body (such as CSV) of one of {@code mediaTypes}, strictly UTF-8.
     *
     * @throws ApiProblem 413 when larger than {@code maxBytes}, 415 for another media type or
     *         charset, 400 when it is not valid UTF-8
     */
    static String readText(Request request, long maxBytes, Set<String> mediaTypes) {
        if (request.getLength() > maxBytes) {
            throw ApiProblem.tooLarge(maxBytes);
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String[] parts = contentType == null ? new String[] {""} : contentType.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaTypes.contains(mediaType)) {
            throw ApiProblem.unsupportedMediaType("send the file with Content-Type: text/csv"
                    + (mediaType.isEmpty() ? "" : " (not " + Problems.printable(mediaType) + ")"));
        }
        requireUtf8Charset(parts);
        return utf8(readCapped(request, maxBytes));
    }

    /**
     * For a request that takes no body: none at all, or an empty JSON object (what a script
     * posting "{}" sends). Anything else is refused, so a mistaken body is never silently ignored.
     *
     * @throws ApiProblem 400, 413 or 415 as for {@link #readJson}
     */
    static void requireNoBody(Request request) {
        if (request.getLength() == 0) {
            return;
        }
        JsonNode body = readJson(request, NO_BODY_MAX_BYTES);
        if (!body.isObject() || !body.isEmpty()) {
            throw ApiProblem.badRequest("this request takes no body (or an empty object {})");
        }
    }

    static void requireJsonMediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            throw ApiProblem.unsupportedMediaType("send the body with Content-Type: application/json");
        }
        String[] parts = contentType.split(";");
        String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
        if (!mediaType.equals(Json.CONTENT_TYPE)) {
            throw ApiProblem.unsupportedMediaType("content type " + Problems.printable(mediaType)
                    + " is not supported; send application/json");
        }
        requireUtf8Charset(parts);
    }

    private static void requireUtf8Charset(String[] contentTypeParts) {
        for (int i = 1; i < contentTypeParts.length; i++) {
            String[] param = contentTypeParts[i].split("=", 2);
            if (param[0].strip().equalsIgnoreCase("charset") && param.length == 2) {
                String charset = param[1].strip().replace("\"", "");
                if (!charset.equalsIgnoreCase("utf-8")) {
                    throw ApiProblem.unsupportedMediaType("charset " + Problems.printable(charset)
                            + " is not supported; bodies are UTF-8");
                }
            }
        }
    }

    private static byte[] readCapped(Request request, long maxBytes) {
        // One byte over the limit is enough to know the body is too large; never read more.
        int cap = (int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 16);
        try (InputStream in = Request.asInputStream(request)) {
            byte[] body = in.readNBytes(cap);
            if (body.length > maxBytes) {
                throw ApiProblem.tooLarge(maxBytes);
            }
            return body;
        } catch (IOException e) {
            throw ApiProblem.badRequest("the request body could not be read: " + Problems.printable(e.getMessage()));
        }
    }

    static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString();
            // RFC 8259 lets a parser ignore a byte order mark; some Windows tools send one.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw ApiProblem.badRequest("the request body is not valid UTF-8");
        }
    }
}
