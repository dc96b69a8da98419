package org.backclass.domain.exercise;

import java.util.Locale;
import java.util.Objects;

/**
 * A piece of on-screen text in the two languages the kiosk ships: English and German. Both are
 * required so that a German-speaking class never sees a blank caption; English is the fallback
 * for any other locale because it is the language the content is reviewed in.
 */
public record LocalizedText(String en, String de) {

    public LocalizedText {
        if (en == null || en.isBlank() || de == null || de.isBlank()) {
            throw new IllegalArgumentException("text needs both English (en) and German (de)");
        }
        en = en.strip();
        de = de.strip();
    }

    /** The text for {@code locale}: German for any German locale, otherwise English. */
    public String in(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        return "de".equals(locale.getLanguage()) ? de : en;
    }
}
