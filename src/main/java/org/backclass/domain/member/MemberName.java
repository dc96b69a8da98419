package org.backclass.domain.member;

import java.util.Objects;

/**
 * A member's name. Shared screens only ever see {@link #shortName()}: first name and the
 * initial of the last name ("Anna K."), never the full name.
 */
public record MemberName(String firstName, String lastName) {

    public MemberName {
        Objects.requireNonNull(firstName, "firstName");
        Objects.requireNonNull(lastName, "lastName");
        firstName = firstName.strip();
        lastName = lastName.strip();
        if (firstName.isEmpty()) {
            throw new IllegalArgumentException("first name is required");
        }
    }

    public String shortName() {
        if (lastName.isEmpty()) {
            return firstName;
        }
        return firstName + " " + lastName.substring(0, lastName.offsetByCodePoints(0, 1)) + ".";
    }

    public String fullName() {
        return lastName.isEmpty() ? firstName : firstName + " " + lastName;
    }
}
