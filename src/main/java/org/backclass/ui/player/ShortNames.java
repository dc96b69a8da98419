package org.backclass.ui.player;

/**
 * Keeps full names off the shared screen: "Anna Kowalski" becomes "Anna K."; a name that is
 * already short ("Anna K.", "Anna") stays as it is.
 */
final class ShortNames {

    private ShortNames() {
    }

    static String of(String name) {
        String trimmed = name.strip();
        int space = trimmed.indexOf(' ');
        if (space < 0) {
            return trimmed;
        }
        String first = trimmed.substring(0, space);
        String last = trimmed.substring(trimmed.lastIndexOf(' ') + 1);
        return first + " " + last.codePoints().limit(1)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append) + ".";
    }
}
