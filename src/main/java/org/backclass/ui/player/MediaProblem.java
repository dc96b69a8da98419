package org.backclass.ui.player;

import java.util.Objects;

/**
 * A demo clip or poster that cannot be shown. The class carries on with the poster (or a
 * placeholder); the instructor is told so that someone replaces the file.
 *
 * @param file   the file name in {@code media/}, e.g. {@code bridge-2.mp4}
 * @param kind   missing, or there but unplayable
 * @param detail the player's reason for an unplayable file; empty for a missing one
 */
public record MediaProblem(String file, Kind kind, String detail) {

    /** What is wrong with the file. */
    public enum Kind { MISSING, UNPLAYABLE }

    public MediaProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(kind, "kind");
        detail = detail == null ? "" : detail;
    }

    public static MediaProblem missing(String file) {
        return new MediaProblem(file, Kind.MISSING, "");
    }

    public static MediaProblem unplayable(String file, String detail) {
        return new MediaProblem(file, Kind.UNPLAYABLE, detail);
    }

    @Override
    public String toString() {
        return kind == Kind.MISSING ? file + ": missing" : file + ": " + detail;
    }
}
