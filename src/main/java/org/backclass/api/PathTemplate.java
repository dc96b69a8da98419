package org.backclass.api;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jetty.server.Request;

/**
 * Route paths with parameters written as in the OpenAPI document, e.g.
 * {@code /api/v1/members/{id}/progress}: a {@code {name}} segment matches exactly one non-empty
 * path segment. The router stores what matched on the request; handlers validate the values.
 */
final class PathTemplate {

    private static final String ATTRIBUTE = PathTemplate.class.getName() + ".parameters";

    private PathTemplate() {
    }

    static boolean isTemplate(String template) {
        return template.contains("{");
    }

    /** The parameter values when {@code path} fits {@code template}, otherwise empty. */
    static Optional<Map<String, String>> match(String template, String path) {
        String[] expected = template.split("/", -1);
        String[] actual = path.split("/", -1);
        if (expected.length != actual.length) {
            return Optional.empty();
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < expected.length; i++) {
            String segment = expected[i];
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 1), actual[i]);
            } else if (!segment.equals(actual[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(Map.copyOf(parameters));
    }

    static void remember(Request request, Map<String, String> parameters) {
        request.setAttribute(ATTRIBUTE, parameters);
    }

    /** A parameter of the matched route; asking for one the route does not have is a bug. */
    static String parameter(Request request, String name) {
        if (request.getAttribute(ATTRIBUTE) instanceof Map<?, ?> parameters
                && parameters.get(name) instanceof String value) {
            return value;
        }
        throw new IllegalStateException("the matched route has no path parameter '" + name + "'");
    }
}
