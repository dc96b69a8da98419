package org.backclass.config.content;

import java.util.List;
import java.util.Map;

/**
 * A YAML value that remembers the line it started on. Jackson's own tree ({@code JsonNode})
 * forgets locations, and every problem we report must name a line.
 */
sealed interface YamlNode {

    /** 1-based line where the value starts. */
    int line();

    /** A scalar; {@code text} is null for an empty value ({@code key:} with nothing after it). */
    record Scalar(String text, int line) implements YamlNode {
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
    }

    /** A key as written, with the line it is on. */
    record Key(String name, int line) {
    }

    /**
     * A mapping in file order. Repeated keys keep their first value; the repeats are kept in
     * {@code duplicates} so that the entry holding them can be reported and skipped.
     */
    record Mapping(Map<String, Entry> entries, List<Key> duplicates, int line) implements YamlNode {
    }

    record Entry(Key key, YamlNode value) {
    }

    /** Short name of the node kind for messages: "a list", "a mapping", "a value". */
    static String describe(YamlNode node) {
        return switch (node) {
            case Scalar s -> s.text() == null ? "empty" : "a single value";
            case Sequence s -> "a list";
            case Mapping m -> "a mapping";
        };
    }
}
