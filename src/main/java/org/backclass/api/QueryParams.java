package org.backclass.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;

/**
 * A request's query parameters, strictly: unknown names and repeated names are 400s, so a typo
 * such as {@code ?data=} is reported instead of silently returning today's list.
 */
final class QueryParams {

    private final Fields fields;

    private QueryParams(Fields fields) {
        this.fields = fields;
    }

    /** @throws ApiProblem 400 for a malformed query string or a parameter not in {@code allowed} */
    static QueryParams of(Request request, Set<String> allowed) {
        Fields fields;
        try {
            fields = Request.extractQueryParameters(request);
        } catch (IllegalArgumentException | IllegalStateException e) {
            // Jetty signals bad percent-encoding or invalid UTF-8 with HttpException subclasses of both.
            String reason = e instanceof HttpException http ? http.getReason() : e.getMessage();
            throw ApiProblem.badRequest("the query string is malformed: " + Problems.printable(reason));
        }
        for (String name : fields.getNames()) {
            if (!allowed.contains(name)) {
                throw ApiProblem.badRequest("unknown parameter '" + Problems.printable(name) + "'; allowed: "
                        + String.join(", ", new TreeSet<>(allowed)));
            }
        }
        return new QueryParams(fields);
    }

    /** The value of a parameter given at most once; an empty value counts as given. */
    Optional<String> single(String name) {
        List<String> values = fields.getValuesOrEmpty(name);
        if (values.size() > 1) {
            throw ApiProblem.badRequest("parameter '" + name + "' is given " + values.size() + " times; give it once");
        }
        return values.stream().findFirst();
    }

    boolean has(String name) {
        return !fields.getValuesOrEmpty(name).isEmpty();
    }

    /** A whole number in {@code min..max}, or {@code fallback} when absent. */
    int intIn(String name, int min, int max, int fallback) {
        Optional<String> raw = single(name);
        if (raw.isEmpty()) {
            return fallback;
        }
        String text = raw.get().strip();
        String expected = "parameter '" + name + "' must be a whole number from " + min + " to " + max;
        if (!text.matches("[0-9]{1,9}")) {
            throw ApiProblem.badRequest(expected + "; got '" + Problems.printable(raw.get()) + "'");
        }
        int value = Integer.parseInt(text);
        if (value < min || value > max) {
            throw ApiProblem.badRequest(expected + "; got " + value);
        }
        return value;
    }
}
