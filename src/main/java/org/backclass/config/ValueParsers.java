package org.backclass.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parsers for setting values. Each throws {@link IllegalArgumentException} whose message says
 * what is allowed; the loader adds the file and line.
 */
final class ValueParsers {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*(ms|s|m|h|d)");
    private static final Pattern SIZE = Pattern.compile("(\\d{1,9})\\s*(B|KB|MB)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{0,39}");
    private static final Pattern ORIGIN = Pattern.compile("https?://[A-Za-z0-9.-]{1,253}(:[0-9]{1,5})?|https?://\\[[0-9A-Fa-f:.]+](:[0-9]{1,5})?", Pattern.CASE_INSENSITIVE);
    private static final Pattern WINDOW = Pattern.compile("(\\d{3,4})x(\\d{3,4})");

    private ValueParsers() {
    }

    static String id(String v) {
        if (!ID.matcher(v).matches()) {
            throw new IllegalArgumentException("allowed: 1-40 letters, digits, '-' or '_', starting with a letter or digit");
        }
        return v;
    }

    static String text(String v) {
        if (v.isEmpty() || v.length() > 80) {
            throw new IllegalArgumentException("allowed: 1-80 characters");
        }
        return v;
    }

    static Locale locale(String v) {
        return switch (v) {
            case "en" -> Locale.ENGLISH;
            case "de" -> Locale.GERMAN;
            default -> throw new IllegalArgumentException("allowed: en, de");
        };
    }

    static ZoneId zone(String v) {
        if (v.equals("system")) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(v);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("allowed: system, or a time zone such as Europe/Berlin");
        }
    }

    static boolean bool(String v) {
        return switch (v) {
            case "true", "yes", "on" -> true;
            case "false", "no", "off" -> false;
            default -> throw new IllegalArgumentException("allowed: true, false (or yes/no, on/off)");
        };
    }

    static boolean onOff(String v) {
        return switch (v) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("allowed: on, off");
        };
    }

    static boolean screenMode(String v) {
        return switch (v) {
            case "fullscreen" -> true;
            case "window" -> false;
            default -> throw new IllegalArgumentException("allowed: fullscreen, window");
        };
    }

    static int[] window(String v) {
        Matcher m = WINDOW.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("allowed: WIDTHxHEIGHT such as 1280x800, from 800x480 to 3840x2160");
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < 800 || h < 480 || w > 3840 || h > 2160) {
            throw new IllegalArgumentException("allowed: from 800x480 to 3840x2160");
        }
        return new int[] {w, h};
    }

    static Duration duration(String v, Duration min, Duration max) {
        Matcher m = DURATION.matcher(v);
        String range = " between " + human(min) + " and " + human(max);
        if (!m.matches()) {
            throw new IllegalArgumentException("allowed: a number with ms, s, m, h or d, such as 20s," + range);
        }
        long n = Long.parseLong(m.group(1));
        Duration d = switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(n);
            case "s" -> Duration.ofSeconds(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
        if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
            throw new IllegalArgumentException("allowed:" + range);
        }
        return d;
    }

    private static String human(Duration d) {
        if (d.toMillis() % 86_400_000 == 0 && !d.isZero()) {
            return d.toDays() + "d";
        }
        if (d.toMillis() % 60_000 == 0 && !d.isZero()) {
            return d.toMinutes() + "m";
        }
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + "s" : d.toMillis() + "ms";
    }

    static int port(String v) {
        int p = integer(v, "allowed: a port number from 1 to 65535 (0 picks a free port)");
        if (p < 0 || p > 65535) {
            throw new IllegalArgumentException("allowed: a port number from 1 to 65535 (0 picks a free port)");
        }
        return p;
    }

    static long size(String v) {
        Matcher m = SIZE.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("allowed: a size such as 65536, 64KB or 1MB, from 1KB to 64MB");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "B" : m.group(2).toUpperCase(Locale.ROOT);
        long bytes = switch (unit) {
            case "KB" -> n * 1024;
            case "MB" -> n * 1024 * 1024;
            default -> n;
        };
        if (bytes < 1024 || bytes > 64L * 1024 * 1024) {
            throw new IllegalArgumentException("allowed: from 1KB to 64MB");
        }
        return bytes;
    }

    static String bindAddress(String v) {
        if (!v.matches("[0-9A-Za-z.:\\[\\]-]{1,64}")) {
            throw new IllegalArgumentException("allowed: an IP address or host name, such as 0.0.0.0 or 127.0.0.1");
        }
        return v;
    }

    /** "none", or web origins separated by commas: scheme, host and optional port, nothing else. */
    static List<String> origins(String v) {
        if (v.equals("none")) {
            return List.of();
        }
        List<String> origins = new ArrayList<>();
        for (String origin : v.split(",", -1)) {
            String o = origin.strip();
            if (!ORIGIN.matcher(o).matches()) {
                throw new IllegalArgumentException("allowed: none, or origins such as https://desk.gym.local:8443"
                        + " separated by commas (scheme, host and port only; no path, no *)");
            }
            // As a browser sends it: lower case, no default port.
            String normal = o.toLowerCase(Locale.ROOT);
            origins.add(normal.startsWith("https:") && normal.endsWith(":443") || normal.startsWith("http:")
                    && normal.endsWith(":80") ? normal.substring(0, normal.lastIndexOf(':')) : normal);
        }
        return List.copyOf(origins);
    }

    static Path path(String v) {
        try {
            return Path.of(v);
        } catch (InvalidPathException e) {
            throw new IllegalArgumentException("allowed: a file system path (" + e.getReason() + ")");
        }
    }

    /** "none", or a hash printed by {@code backclass pin hash}; never the PIN itself. */
    static Object pin(String v) {
        if (v.equals("none")) {
            return "none";
        }
        try {
            return org.backclass.domain.staff.PinHash.parse(v);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("allowed: none, or " + e.getMessage().replace("expected ", ""));
        }
    }

    static String readerType(String v) {
        return oneOf(v, KioskConfig.Reader.SIMULATED, KioskConfig.Reader.MFRC522, KioskConfig.Reader.USB_KEYBOARD);
    }

    /** The value itself if it is one of {@code allowed}. */
    static String oneOf(String v, String... allowed) {
        for (String a : allowed) {
            if (a.equals(v)) {
                return v;
            }
        }
        throw new IllegalArgumentException("allowed: " + String.join(", ", allowed));
    }

    /** "none" (null: not fitted) or a BCM GPIO number 0–27 (the 40-pin header's GPIOs). */
    static Integer gpioPin(String v) {
        if (v.equals("none")) {
            return null;
        }
        return intIn(v, 0, 27, "none, or a BCM GPIO number 0-27 (not the physical pin number)");
    }

    /** An integer in {@code min..max}. */
    static int intIn(String v, int min, int max, String allowed) {
        try {
            int n = Integer.parseInt(v);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to the message naming what is allowed
        }
        throw new IllegalArgumentException("allowed: " + allowed);
    }

    /** Whole days written like {@code 14d}, in {@code min..max}. */
    static int days(String v, int min, int max) {
        java.util.regex.Matcher m = Pattern.compile("(\\d{1,4})d").matcher(v);
        String allowed = "allowed: whole days such as 14d, from " + min + "d to " + max + "d";
        if (!m.matches()) {
            throw new IllegalArgumentException(allowed);
        }
        int n = Integer.parseInt(m.group(1));
        if (n < min || n > max) {
            throw new IllegalArgumentException(allowed);
        }
        return n;
    }

    /** "BUS.CS" as in /dev/spidevBUS.CS, e.g. 0.0 or 0.1. */
    static int[] spi(String v) {
        java.util.regex.Matcher m = Pattern.compile("([0-6])\\.([0-3])").matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("allowed: BUS.CHIPSELECT as in /dev/spidevBUS.CHIPSELECT, such as 0.0");
        }
        return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    /** A GPIO chip label such as pinctrl (Pi 4 and 5) or pinctrl-rp1. */
    static String chipLabel(String v) {
        if (!v.matches("[A-Za-z0-9_.-]{1,40}")) {
            throw new IllegalArgumentException("allowed: a GPIO chip label such as pinctrl");
        }
        return v;
    }

    private static int integer(String v, String allowed) {
        try {
            return Integer.parseInt(v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(allowed);
        }
    }
}
