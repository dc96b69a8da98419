package org.backclass.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How the kiosk screens behave on this site.
 *
 * @param locale        language of every text on screen (English and German are complete;
 *                      anything else falls back to English)
 * @param idleTimeout   how long any screen but idle stays up without interaction; null means
 *                      {@link #DEFAULT_IDLE_TIMEOUT}
 * @param production    full screen on the primary screen, no exit key, hidden cursor
 * @param windowWidth   window size when not in production
 * @param windowHeight  window size when not in production
 * @param demoKeys      keys 1…9, 0, -, = present the seeded demo cards and U an unknown card
 *                      (only if {@link UiServices#demoTaps()} is set)
 */
public record UiSettings(Locale locale, Duration idleTimeout, boolean production, int windowWidth,
        int windowHeight, boolean demoKeys) {

    public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(20);

    public UiSettings {
        Objects.requireNonNull(locale, "locale");
        idleTimeout = idleTimeout == null ? DEFAULT_IDLE_TIMEOUT : idleTimeout;
        if (idleTimeout.isZero() || idleTimeout.isNegative()) {
            throw new IllegalArgumentException("idleTimeout must be positive, was " + idleTimeout);
        }
        if (!production && (windowWidth <= 0 || windowHeight <= 0)) {
            throw new IllegalArgumentException(
                    "window size must be positive, was " + windowWidth + "x" + windowHeight);
        }
    }
}
