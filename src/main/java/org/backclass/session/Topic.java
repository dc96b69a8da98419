package org.backclass.session;

import java.util.Objects;

/**
 * What an education step talks about, already in the kiosk's language.
 *
 * @param id    stable topic id ("pain-alarm")
 * @param title the headline on screen; blank when the programme gives none
 * @param text  the few sentences shown under it; may be blank
 */
public record Topic(String id, String title, String text) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(text, "text");
        if (id.isBlank()) {
            throw new IllegalArgumentException("topic id must not be blank");
        }
    }
}
