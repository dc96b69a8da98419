package org.backclass.domain.progress.outcome;

import java.util.Locale;

/**
 * When the progress check (pain NRS and the Patient-Specific Functional Scale) is asked, counted
 * from the member's course start: as GLA:D Back measures outcomes, plus the end of the course.
 * {@link #code()} is the stored name.
 */
public enum Timepoint {
    BASELINE("baseline"),
    END_OF_COURSE("end-of-course"),
    MONTHS_3("3-months"),
    MONTHS_6("6-months"),
    MONTHS_12("12-months");

    private final String code;

    Timepoint(String code) {
        this.code = code;
    }

    /** The stored name, e.g. {@code end-of-course}. */
    public String code() {
        return code;
    }

    /** @throws IllegalArgumentException for a name no timepoint has */
    public static Timepoint ofCode(String code) {
        for (Timepoint t : values()) {
            if (t.code.equals(code)) {
                return t;
            }
        }
        throw new IllegalArgumentException("no outcome timepoint '" + code + "'; known: "
                + java.util.Arrays.stream(values()).map(Timepoint::code).toList());
    }

    /** Months after the course start, or 0 for the timepoints that are not a number of months. */
    int months() {
        return switch (this) {
            case MONTHS_3 -> 3;
            case MONTHS_6 -> 6;
            case MONTHS_12 -> 12;
            case BASELINE, END_OF_COURSE -> 0;
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
