package org.backclass.domain.progress.outcome;

import java.util.Objects;

/**
 * One Patient-Specific Functional Scale item: an everyday activity in the member's own words and
 * how well they can do it now, 0 (unable to do it) to 10 (as well as before the back problem).
 * The activity is stored as {@link #cleanActivity cleaned}.
 */
public record ActivityRating(String activity, int score) {

    public static final int MAX_ACTIVITY_LENGTH = 60;

    public ActivityRating {
        activity = cleanActivity(activity);
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("an activity is rated 0-10, was " + score);
        }
    }

    /**
     * The activity's name trimmed (of spaces of any kind, no-break spaces included); it must then be 1–{@value #MAX_ACTIVITY_LENGTH} characters
     * with no control characters (a line break, a tab).
     *
     * @throws IllegalArgumentException saying which rule the text breaks
     */
    public static String cleanActivity(String text) {
        Objects.requireNonNull(text, "activity");
        String trimmed = trim(text);
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("an activity needs a name");
        }
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_ACTIVITY_LENGTH) {
            throw new IllegalArgumentException("an activity's name is at most " + MAX_ACTIVITY_LENGTH + " characters");
        }
        if (trimmed.codePoints().anyMatch(ActivityRating::lineBreakOrControl)) {
            throw new IllegalArgumentException("an activity's name cannot hold control characters");
        }
        return trimmed;
    }

    private static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && blank(text.charAt(start))) {
            start++;
        }
        while (end > start && blank(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean lineBreakOrControl(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isISOControl(codePoint) || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    private static boolean blank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
