package org.backclass.app;

import org.backclass.config.content.Content;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.programme.ProgrammeTiming;

/** Class lengths for the configured timetable, from each programme's nominal timing. */
final class ProgrammeLengths {

    private ProgrammeLengths() {
    }

    /** How long a class of each configured programme runs, from its nominal timing. */
    static java.util.function.Function<String, java.time.Duration> of(Content content) {
        java.util.Map<String, java.time.Duration> lengths = new java.util.HashMap<>();
        for (Programme p : content.programmes()) {
            lengths.put(p.id(), ProgrammeTiming.nominal(p, content.catalogue()));
        }
        return id -> lengths.getOrDefault(id, java.time.Duration.ofMinutes(60));
    }
}
