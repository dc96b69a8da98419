package org.backclass.domain.member;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a member's name, member number and email acceptable, wherever they come from (the
 * API, a CSV import). Each check answers the reason in words a front desk understands, or empty
 * when the value is fine; a null value (the field is not given) is always fine here.
 */
public final class MemberRules {

    public static final int MAX_NAME = 60;
    private static final Pattern MEMBER_NUMBER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]{0,31}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private MemberRules() {
    }

    public static Optional<String> nameProblem(String name) {
        if (name != null && (name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl))) {
            return Optional.of("must be at most " + MAX_NAME + " characters without line breaks or control characters");
        }
        return Optional.empty();
    }

    public static Optional<String> memberNumberProblem(String number) {
        if (number != null && !MEMBER_NUMBER.matcher(number).matches()) {
            return Optional.of("must be 1-32 letters, digits and . _ / -, starting with a letter or digit");
        }
        return Optional.empty();
    }

    public static Optional<String> emailProblem(String email) {
        if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
            return Optional.of("must be an address such as anna@example.org");
        }
        return Optional.empty();
    }
}
