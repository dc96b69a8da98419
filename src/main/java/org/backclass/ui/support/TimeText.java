package org.backclass.ui.support;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times as the kiosk shows them: 24-hour {@code HH:mm} in the kiosk's zone, in every language. */
public final class TimeText {

    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm");

    private TimeText() {
    }

    public static String hoursMinutes(Instant instant, ZoneId zone) {
        return HOURS_MINUTES.format(instant.atZone(zone));
    }
}
