package org.backclass.domain;

/**
 * Untrusted text (a card reading, a request path, a config line) made safe to quote in a log
 * line or an error message: control characters become '?', and it is cut to a length.
 */
public final class LogText {

    private LogText() {
    }

    /** At most {@code max} code points of {@code s}, with control characters replaced; "" for null. */
    public static String quote(String s, int max) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        s.codePoints().limit(max).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return s.codePointCount(0, s.length()) > max ? out + "…" : out.toString();
    }
}
