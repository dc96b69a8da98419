package org.backclass.config.content;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.backclass.domain.exercise.LocalizedText;

/**
 * Reads the fields of one YAML mapping and reports, with the line, every field that is missing,
 * unknown, repeated or of the wrong shape. Methods return {@code null} (or empty) after reporting,
 * so a parser can read all fields of an entry, report everything at once, and then skip it.
 */
final class Fields {

    private final YamlNode.Mapping map;
    private final String what;
    private final Problems problems;

    /** @param what names the entry in messages, e.g. {@code exercise 'bird-dog'} */
    Fields(YamlNode.Mapping map, String what, Problems problems) {
        this.map = map;
        this.what = what;
        this.problems = problems;
    }

    /** Reports keys outside {@code allowed} (listing the allowed ones) and repeated keys. */
    Fields allowOnly(String... allowed) {
        List<String> keys = Arrays.asList(allowed);
        for (YamlNode.Entry entry : map.entries().values()) {
            if (!keys.contains(entry.key().name())) {
                problems.add(entry.key().line(), "unknown key '" + entry.key().name() + "' in " + what
                        + "; allowed: " + String.join(", ", keys));
            }
        }
        for (YamlNode.Key key : map.duplicates()) {
            problems.add(key.line(), "key '" + key.name() + "' appears twice in " + what);
        }
        return this;
    }

    boolean has(String key) {
        return map.entries().containsKey(key);
    }

    Optional<YamlNode> node(String key) {
        return Optional.ofNullable(map.entries().get(key)).map(YamlNode.Entry::value);
    }

    int line(String key) {
        YamlNode.Entry entry = map.entries().get(key);
        return entry == null ? map.line() : entry.key().line();
    }

    /** A required single value, non-blank. */
    String text(String key) {
        YamlNode node = required(key);
        if (node == null) {
            return null;
        }
        return textOf(node, key + " of " + what, problems);
    }

    /** An optional single value; {@code null} when absent. */
    String optionalText(String key) {
        return has(key) ? text(key) : null;
    }

    /** A required whole number in {@code min..max}. */
    Integer integer(String key, int min, int max) {
        String text = text(key);
        if (text == null) {
            return null;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, together with the out-of-range case
        }
        problems.add(line(key), key + " of " + what + " must be a whole number " + min + ".." + max
                + ", was '" + text + "'");
        return null;
    }

    /** An optional whole number, {@code fallback} when absent. */
    Integer integer(String key, int min, int max, int fallback) {
        return has(key) ? integer(key, min, max) : Integer.valueOf(fallback);
    }

    Boolean bool(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        String text = text(key);
        if ("true".equals(text) || "false".equals(text)) {
            return Boolean.parseBoolean(text);
        }
        if (text != null) {
            problems.add(line(key), key + " of " + what + " must be true or false, was '" + text + "'");
        }
        return null;
    }

    /** A required value from {@code type}, written in lower case with hyphens (warm-up, cool-down). */
    <E extends Enum<E>> E choice(String key, Class<E> type) {
        String text = text(key);
        return text == null ? null : choiceOf(text, line(key), key + " of " + what, type, problems);
    }

    static <E extends Enum<E>> E choiceOf(String text, int line, String where, Class<E> type, Problems problems) {
        String name = text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        problems.add(line, where + " must be one of " + allowed(type) + ", was '" + text + "'");
        return null;
    }

    static <E extends Enum<E>> String allowed(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Fields::allowedName).collect(Collectors.joining(", "));
    }

    /** How a constant is written in the files: lower case, hyphens (warm-up). */
    static String allowedName(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** A required {@code {en: ..., de: ...}} pair. */
    LocalizedText localized(String key) {
        YamlNode node = required(key);
        return node == null ? null : localizedOf(node, key + " of " + what, problems);
    }

    static LocalizedText localizedOf(YamlNode node, String where, Problems problems) {
        if (!(node instanceof YamlNode.Mapping m)) {
            problems.add(node.line(), where + " must give the text in both languages as {en: ..., de: ...}, was "
                    + YamlNode.describe(node));
            return null;
        }
        Fields fields = new Fields(m, where, problems).allowOnly("en", "de");
        String en = fields.text("en");
        String de = fields.text("de");
        return en == null || de == null ? null : new LocalizedText(en, de);
    }

    /** A required list of {@code {en, de}} pairs with {@code min..max} items. */
    List<LocalizedText> localizedList(String key, int min, int max) {
        List<YamlNode> items = list(key);
        if (items == null) {
            return null;
        }
        if (items.size() < min || items.size() > max) {
            problems.add(line(key), key + " of " + what + " must have " + (max == Integer.MAX_VALUE
                    ? "at least " + min : min + "–" + max) + " entries, has " + items.size());
        }
        List<LocalizedText> texts = new ArrayList<>();
        for (YamlNode item : items) {
            texts.add(localizedOf(item, "an entry of " + key + " of " + what, problems));
        }
        return texts.contains(null) ? null : texts;
    }

    /** A required list; reported when absent or not a list. */
    List<YamlNode> list(String key) {
        YamlNode node = required(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Sequence s) {
            return s.items();
        }
        problems.add(node.line(), key + " of " + what + " must be a list, was " + YamlNode.describe(node));
        return null;
    }

    /** A required value of any shape; {@code null} after reporting when absent. */
    YamlNode requiredNode(String key) {
        return required(key);
    }

    private YamlNode required(String key) {
        YamlNode node = map.entries().containsKey(key) ? map.entries().get(key).value() : null;
        if (node == null) {
            problems.add(map.line(), what + " is missing required key '" + key + "'");
        }
        return node;
    }

    static String textOf(YamlNode node, String where, Problems problems) {
        if (node instanceof YamlNode.Scalar s && s.text() != null && !s.text().isBlank()) {
            return s.text().strip();
        }
        problems.add(node.line(), where + " must be a non-empty single value, was " + YamlNode.describe(node));
        return null;
    }
}
