package org.backclass.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link Instant#toString()} for the millisecond times the kiosk stores, without the general
 * formatter: a CSV export writes a million of them. Anything else (nanoseconds, years outside
 * 0000–9999) falls back to {@code toString()}, so the text is always the same.
 */
final class IsoInstant {

    private IsoInstant() {
    }

    static String format(Instant t) {
        int nanos = t.getNano();
        LocalDateTime utc = LocalDateTime.ofEpochSecond(t.getEpochSecond(), 0, ZoneOffset.UTC);
        if (nanos % 1_000_000 != 0 || utc.getYear() < 0 || utc.getYear() > 9999) {
            return t.toString();
        }
        char[] out = new char[nanos == 0 ? 20 : 24];
        digits(out, 0, utc.getYear(), 4);
        out[4] = '-';
        digits(out, 5, utc.getMonthValue(), 2);
        out[7] = '-';
        digits(out, 8, utc.getDayOfMonth(), 2);
        out[10] = 'T';
        digits(out, 11, utc.getHour(), 2);
        out[13] = ':';
        digits(out, 14, utc.getMinute(), 2);
        out[16] = ':';
        digits(out, 17, utc.getSecond(), 2);
        if (nanos != 0) {
            out[19] = '.';
            digits(out, 20, nanos / 1_000_000, 3);
        }
        out[out.length - 1] = 'Z';
        return new String(out);
    }

    private static void digits(char[] out, int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            out[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
