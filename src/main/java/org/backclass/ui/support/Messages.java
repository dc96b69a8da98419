package org.backclass.ui.support;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The screens' texts in one language, from {@code org/backclass/ui/i18n/messages*.properties}.
 * Every value is a {@link MessageFormat} pattern; the bundles use typographic apostrophes (’)
 * so no quoting rules apply. Immutable and thread-safe.
 */
public final class Messages {

    public static final String BUNDLE = "org.backclass.ui.i18n.messages";
    /** Prefix of the numbered tip keys: tip.1, tip.2, … without gaps. */
    public static final String TIP_PREFIX = "tip.";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * Loads the bundle for {@code locale}. Without a matching translation the English base
     * bundle is used, never the JVM's default locale: the kiosk speaks what the site chose.
     */
    public static Messages load(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale);
    }

    public Locale locale() {
        return locale;
    }

    public String get(MessageKey key) {
        return format(key);
    }

    public String format(MessageKey key, Object... args) {
        return new MessageFormat(bundle.getString(key.key()), locale).format(args);
    }

    /** The rotating tips in bundle order. */
    public List<String> tips() {
        List<String> tips = new ArrayList<>();
        for (int i = 1; ; i++) {
            try {
                tips.add(bundle.getString(TIP_PREFIX + i));
            } catch (MissingResourceException end) {
                return List.copyOf(tips);
            }
        }
    }
}
