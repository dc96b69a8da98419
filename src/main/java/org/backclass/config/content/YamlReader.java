package org.backclass.config.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns YAML text into {@link YamlNode}s with line numbers, using Jackson's streaming parser
 * because its token locations are the only place the lines survive.
 */
final class YamlReader {

    /** The text is not valid YAML; {@code line} is where the parser gave up. */
    static final class SyntaxError extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;

        SyntaxError(int line, String message) {
            super(message);
            this.line = line;
        }
    }

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {
    }

    /** @return the document's root, or an empty scalar for an empty document */
    static YamlNode read(String text) throws SyntaxError {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return new YamlNode.Scalar(null, 1);
            }
            YamlNode root = node(parser);
            if (parser.nextToken() != null) {
                throw new SyntaxError(line(parser), "only one YAML document per file");
            }
            return root;
        } catch (JacksonException e) {
            JsonLocation location = e.getLocation();
            int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
            throw new SyntaxError(line, "not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new SyntaxError(0, "cannot read: " + e.getMessage());
        }
    }

    private static YamlNode node(JsonParser parser) throws IOException, SyntaxError {
        int line = line(parser);
        JsonToken token = parser.currentToken();
        return switch (token) {
            case START_OBJECT -> mapping(parser, line);
            case START_ARRAY -> sequence(parser, line);
            case VALUE_NULL -> new YamlNode.Scalar(null, line);
            default -> new YamlNode.Scalar(parser.getText(), line);
        };
    }

    private static YamlNode mapping(JsonParser parser, int line) throws IOException, SyntaxError {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        List<YamlNode.Key> duplicates = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            YamlNode.Key key = new YamlNode.Key(parser.currentName(), line(parser));
            parser.nextToken();
            YamlNode value = node(parser);
            if (entries.putIfAbsent(key.name(), new YamlNode.Entry(key, value)) != null) {
                duplicates.add(key);
            }
        }
        return new YamlNode.Mapping(entries, duplicates, line);
    }

    private static YamlNode sequence(JsonParser parser, int line) throws IOException, SyntaxError {
        List<YamlNode> items = new ArrayList<>();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            items.add(node(parser));
        }
        return new YamlNode.Sequence(items, line);
    }

    private static int line(JsonParser parser) {
        return Math.max(parser.currentTokenLocation().getLineNr(), 1);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "syntax error";
        }
        return message.lines().findFirst().orElse("syntax error").strip();
    }
}
