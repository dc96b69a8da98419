package org.backclass.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.ByteBuffer;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The one Jackson configuration of the API: ISO-8601 strings for dates and instants, strict
 * parsing (duplicate keys and trailing garbage are errors). The mapper is immutable after
 * construction and shared by all worker threads.
 */
final class Json {

    static final String CONTENT_TYPE = "application/json";
    /** Health and attendance are personal data: no proxy or browser cache may keep them. */
    static final String NO_STORE = "no-store";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Where Jackson's messages start naming its own classes, settings and input source. */
    private static final List<String> JACKSON_INTERNALS = List.of(" (for ", " (start marker at ", " (bound as ",
            ", from `", "[Source:");

    private Json() {
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }

    static byte[] bytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            // Only our own records are serialised; failing here is a bug, not bad input.
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** Sends {@code value} as the whole JSON response. */
    static void send(Response response, Callback callback, int status, Object value) {
        byte[] body = bytes(value);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /**
     * Parses a request body that is already known to be well-formed UTF-8.
     *
     * @throws ApiProblem 400 naming the line and column of the first syntax error
     */
    static JsonNode parse(String text) {
        try {
            JsonNode node = MAPPER.readTree(text);
            if (node == null || node.isMissingNode()) {
                throw ApiProblem.badRequest("the request body is empty; expected a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null ? ""
                    : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
            throw ApiProblem.badRequest("malformed JSON: " + Problems.printable(withoutInternals(e.getOriginalMessage()))
                    + where);
        }
    }

    /**
     * Jackson's syntax message without the parts that name its internals (such as
     * {@code bound as `com.fasterxml...JsonNode`}): the client needs what is wrong, not how we parse.
     */
    static String withoutInternals(String message) {
        if (message == null) {
            return "";
        }
        int cut = message.length();
        for (String internal : JACKSON_INTERNALS) {
            int at = message.indexOf(internal);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        String text = message.substring(0, cut).strip();
        // "the maximum allowed (1000, from `...`)" loses its closing bracket with the cut.
        return text.chars().filter(c -> c == '(').count() > text.chars().filter(c -> c == ')').count()
                ? text + ")" : text;
    }
}
