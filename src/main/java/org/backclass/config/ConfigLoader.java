package org.backclass.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.backclass.domain.LogText;
import org.backclass.domain.checkin.CheckInPolicy;
import org.backclass.domain.progress.adherence.AdherencePlan;
import org.backclass.domain.progress.mine.MinimalImportantChange;
import org.backclass.domain.progress.outcome.OutcomeWindows;
import org.backclass.domain.progress.progression.ProgressionRules;
import org.backclass.domain.staff.PinHash;

/**
 * Reads {@code kiosk.properties}: one {@code key = value} per line, {@code #} comments, blank
 * lines ignored. Unknown keys, repeated keys and bad values are errors naming the file, the
 * line and the allowed values; every key has a default, so an empty file is a valid kiosk.
 * Relative paths resolve against the folder holding the file, so the same settings work
 * whatever folder the kiosk is started from.
 */
public final class ConfigLoader {

    private record Setting(String defaultValue, Function<String, Object> parser) {
    }

    /** Stands for "none" where the parsed value would be null (maps cannot hold null). */
    private static final Object NONE = new Object();

    /** GPIO pins that must not be shared. */
    private static final java.util.List<String> PIN_KEYS = java.util.List.of("reader.reset-pin", "gpio.buzzer",
            "gpio.led-green", "gpio.led-red", "gpio.button-next");

    private static final Map<String, Setting> SETTINGS = new LinkedHashMap<>();

    static {
        add("kiosk.id", "kiosk-1", ValueParsers::id);
        add("kiosk.name", "BackClass", ValueParsers::text);
        add("ui.locale", "en", ValueParsers::locale);
        add("ui.zone", "system", ValueParsers::zone);
        add("ui.screen", "fullscreen", ValueParsers::screenMode);
        add("ui.window", "1280x800", ValueParsers::window);
        add("ui.idle-timeout", "20s", v -> ValueParsers.duration(v, Duration.ofSeconds(5), Duration.ofMinutes(10)));
        add("database.path", "../data/backclass.db", ValueParsers::path);
        add("media.dir", "../media", ValueParsers::path);
        add("api.enabled", "true", ValueParsers::bool);
        add("api.bind", "0.0.0.0", ValueParsers::bindAddress);
        add("api.port", "8080", ValueParsers::port);
        add("api.max-body", "1MB", ValueParsers::size);
        add("api.tls.keystore", "none", v -> v.equals("none") ? NONE : ValueParsers.path(v));
        add("api.tls.password", "none", v -> v);
        add("api.cors.origins", "none", ValueParsers::origins);
        add("reader.type", "simulated", ValueParsers::readerType);
        add("reader.spi", "0.0", ValueParsers::spi);
        add("reader.spi-hz", "1000000", v -> ValueParsers.intIn(v, 100_000, 10_000_000, "100000-10000000"));
        add("reader.reset-pin", "none", ValueParsers::gpioPin);
        add("reader.poll-interval", "100ms", v -> ValueParsers.duration(v, Duration.ofMillis(20), Duration.ofSeconds(2)));
        add("reader.errors-before-reset", "3", v -> ValueParsers.intIn(v, 1, 100, "1-100"));
        add("reader.device", "none", v -> v.equals("none") ? NONE : ValueParsers.path(v));
        add("reader.format", "dec", v -> ValueParsers.oneOf(v, "dec", "hex"));
        add("reader.byte-order", "msb-first", v -> ValueParsers.oneOf(v, "msb-first", "lsb-first"));
        add("reader.bytes", "4", v -> Integer.parseInt(ValueParsers.oneOf(v, "4", "5", "7")));
        add("reader.key-gap", "200ms", v -> ValueParsers.duration(v, Duration.ofMillis(20), Duration.ofSeconds(2)));
        add("progress.sessions-per-week", "2", v -> ValueParsers.intIn(v, 1, 7, "1-7"));
        add("progress.course-sessions", "16", v -> ValueParsers.intIn(v, 1, 200, "1-200"));
        add("progress.course-weeks", "8", v -> ValueParsers.intIn(v, 1, 104, "1-104"));
        add("progress.missed-flag", "2", v -> ValueParsers.intIn(v, 1, 20, "1-20"));
        add("progress.pain-green-max", "2", v -> ValueParsers.intIn(v, 0, 8, "0-8"));
        add("progress.pain-amber-max", "5", v -> ValueParsers.intIn(v, 1, 9, "1-9"));
        add("progress.mic-points", "2", v -> ValueParsers.intIn(v, 1, 10, "1-10"));
        add("progress.mic-percent", "30", v -> ValueParsers.intIn(v, 1, 100, "1-100"));
        add("progress.outcomes", "on", ValueParsers::onOff);
        add("progress.outcome-baseline-window", "14d", v -> ValueParsers.days(v, 0, 60));
        add("progress.outcome-before", "7d", v -> ValueParsers.days(v, 0, 60));
        add("progress.outcome-after", "28d", v -> ValueParsers.days(v, 0, 90));
        add("gpio.chip", "pinctrl", ValueParsers::chipLabel);
        add("gpio.buzzer", "none", ValueParsers::gpioPin);
        add("gpio.led-green", "none", ValueParsers::gpioPin);
        add("gpio.led-red", "none", ValueParsers::gpioPin);
        add("gpio.button-next", "none", ValueParsers::gpioPin);
        add("gpio.debounce", "50ms", v -> ValueParsers.duration(v, Duration.ofMillis(1), Duration.ofSeconds(1)));
        add("checkin.before", "30m", v -> ValueParsers.duration(v, Duration.ZERO, Duration.ofHours(3)));
        add("checkin.after", "15m", v -> ValueParsers.duration(v, Duration.ZERO, Duration.ofHours(3)));
        add("checkin.repeat-ignore", "3s", v -> ValueParsers.duration(v, Duration.ZERO, Duration.ofMinutes(5)));
        add("checkin.red-flag-every", "28d", v -> ValueParsers.duration(v, Duration.ofDays(1), Duration.ofDays(365)));
        add("instructor.pin", "none", ValueParsers::pin);
        add("sound.tones", "on", ValueParsers::onOff);
    }

    private static void add(String key, String defaultValue, Function<String, Object> parser) {
        SETTINGS.put(key, new Setting(defaultValue, parser));
    }

    private ConfigLoader() {
    }

    /** The configuration a kiosk gets with an empty file in {@code configDir}. */
    public static KioskConfig defaults(Path configDir) {
        return resolvePaths(build(new HashMap<>()), configDir);
    }

    /** @throws ConfigException naming the file, line and allowed values */
    public static KioskConfig load(Path file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException(file, 0, "file not found");
        } catch (CharacterCodingException e) {
            throw new ConfigException(file, 0, "not UTF-8 text");
        } catch (IOException e) {
            throw new ConfigException(file, 0, "cannot read: " + e.getMessage());
        }
        Path dir = file.toAbsolutePath().getParent();
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Object> values = parse(file, text, lines);
        checkTogether(file, values, lines);
        return resolvePaths(build(values), dir);
    }

    private static KioskConfig resolvePaths(KioskConfig c, Path dir) {
        KioskConfig.Reader r = c.reader();
        KioskConfig.Reader reader = r.device() == null ? r : new KioskConfig.Reader(r.type(), r.spiBus(),
                r.spiChipSelect(), r.spiHz(), r.resetPin(), r.pollInterval(), r.errorsBeforeReset(),
                dir.resolve(r.device()).normalize(), r.format(), r.byteOrder(), r.bytes(), r.keyGap());
        KioskConfig.Api a = c.api();
        KioskConfig.Api api = a.tlsKeystore() == null ? a : new KioskConfig.Api(a.enabled(), a.bindAddress(), a.port(),
                a.maxBodyBytes(), dir.resolve(a.tlsKeystore()).normalize(), a.tlsPassword(), a.corsOrigins());
        return new KioskConfig(c.kioskId(), c.kioskName(), c.locale(), c.zone(), c.screen(),
                dir.resolve(c.databasePath()).normalize(), dir.resolve(c.mediaDir()).normalize(), api, reader,
                c.checkIn(), c.instructorPin(), c.sound(), c.gpio(), c.progress());
    }

    /** Rules between keys, reported on the line of the key that breaks them. */
    private static void checkTogether(Path file, Map<String, Object> values, Map<String, Integer> lines) {
        if (KioskConfig.Reader.USB_KEYBOARD.equals(values.get("reader.type"))
                && (values.get("reader.device") == null || values.get("reader.device") == NONE)) {
            throw new ConfigException(file, lines.get("reader.type"), "reader.type = usb-keyboard needs"
                    + " reader.device, the reader's /dev/input/by-id/...-event-kbd path");
        }
        boolean keystore = values.get("api.tls.keystore") instanceof Path;
        boolean password = values.containsKey("api.tls.password") && !"none".equals(values.get("api.tls.password"));
        if (keystore != password) {
            String key = keystore ? "api.tls.keystore" : "api.tls.password";
            throw new ConfigException(file, lines.get(key), "api.tls.keystore and api.tls.password go together:"
                    + " HTTPS needs the PKCS#12 file and its password");
        }
        int green = values.get("progress.pain-green-max") instanceof Integer g ? g : 2;
        int amber = values.get("progress.pain-amber-max") instanceof Integer a ? a : 5;
        if (green >= amber) {
            String key = lines.containsKey("progress.pain-amber-max") ? "progress.pain-amber-max"
                    : "progress.pain-green-max";
            throw new ConfigException(file, lines.get(key), "progress.pain-green-max (" + green
                    + ") must be below progress.pain-amber-max (" + amber + "): green, then amber, then red");
        }
        checkOutcomeWindows(file, values, lines);
        Map<Integer, String> used = new HashMap<>();
        PIN_KEYS.stream().filter(values::containsKey).sorted(java.util.Comparator.comparing(lines::get))
                .forEach(key -> {
                    if (values.get(key) instanceof Integer pin) {
                        String other = used.putIfAbsent(pin, key);
                        if (other != null) {
                            throw new ConfigException(file, lines.get(key), "GPIO " + pin + " is already used by "
                                    + other + " (line " + lines.get(other) + ")");
                        }
                    }
                });
    }

    /** The baseline must be over before the end-of-course check opens, or one answer would do for both. */
    private static void checkOutcomeWindows(Path file, Map<String, Object> values, Map<String, Integer> lines) {
        int baseline = values.get("progress.outcome-baseline-window") instanceof Integer b ? b : 14;
        int before = values.get("progress.outcome-before") instanceof Integer b ? b : 7;
        int weeks = values.get("progress.course-weeks") instanceof Integer w ? w : 8;
        int opens = weeks * 7 - before;
        if (baseline >= opens) {
            String key = java.util.stream.Stream.of("progress.outcome-baseline-window", "progress.outcome-before",
                    "progress.course-weeks").filter(lines::containsKey).max(java.util.Comparator.comparing(lines::get))
                    .orElseThrow();
            throw new ConfigException(file, lines.get(key), "the baseline check (open " + baseline
                    + "d after the first visit) must close before the end-of-course check opens on day " + opens
                    + " (progress.course-weeks " + weeks + " weeks less progress.outcome-before " + before
                    + "d): shorten progress.outcome-baseline-window or progress.outcome-before");
        }
    }

    private static Map<String, Object> parse(Path file, String text, Map<String, Integer> seenAt) {
        Map<String, Object> values = new HashMap<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int lineNo = i + 1;
            String line = lines[i].strip();
            if (lineNo == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                throw new ConfigException(file, lineNo, "expected 'key = value', got '" + LogText.quote(line, 60) + "'");
            }
            String key = line.substring(0, eq).strip();
            String value = line.substring(eq + 1).strip();
            Setting setting = SETTINGS.get(key);
            if (setting == null) {
                throw new ConfigException(file, lineNo, "unknown key '" + LogText.quote(key, 60) + "'; allowed keys: "
                        + String.join(", ", SETTINGS.keySet()));
            }
            Integer earlier = seenAt.put(key, lineNo);
            if (earlier != null) {
                throw new ConfigException(file, lineNo, "'" + key + "' is already set on line " + earlier);
            }
            try {
                values.put(key, setting.parser().apply(value));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(file, lineNo, "bad value '" + LogText.quote(value, 60) + "' for " + key + "; "
                        + e.getMessage());
            }
        }
        return values;
    }

    private static KioskConfig build(Map<String, Object> values) {
        SETTINGS.forEach((key, s) -> values.computeIfAbsent(key, k -> s.parser().apply(s.defaultValue())));
        int[] window = (int[]) values.get("ui.window");
        return new KioskConfig(
                (String) values.get("kiosk.id"),
                (String) values.get("kiosk.name"),
                (java.util.Locale) values.get("ui.locale"),
                (java.time.ZoneId) values.get("ui.zone"),
                new KioskConfig.Screen((Boolean) values.get("ui.screen"), window[0], window[1],
                        (Duration) values.get("ui.idle-timeout")),
                (Path) values.get("database.path"),
                (Path) values.get("media.dir"),
                new KioskConfig.Api((Boolean) values.get("api.enabled"), (String) values.get("api.bind"),
                        (Integer) values.get("api.port"), (Long) values.get("api.max-body"),
                        values.get("api.tls.keystore") instanceof Path p ? p : null,
                        values.get("api.tls.keystore") instanceof Path ? (String) values.get("api.tls.password") : null,
                        ((java.util.List<?>) values.get("api.cors.origins")).stream().map(String::valueOf).toList()),
                reader(values),
                new CheckInPolicy((Duration) values.get("checkin.before"), (Duration) values.get("checkin.after"),
                        (Duration) values.get("checkin.repeat-ignore"), (Duration) values.get("checkin.red-flag-every")),
                values.get("instructor.pin") instanceof PinHash pin ? pin : null,
                new KioskConfig.Sound((Boolean) values.get("sound.tones")),
                new KioskConfig.Gpio((String) values.get("gpio.chip"), pin(values, "gpio.buzzer"),
                        pin(values, "gpio.led-green"), pin(values, "gpio.led-red"), pin(values, "gpio.button-next"),
                        (Duration) values.get("gpio.debounce")),
                progress(values));
    }

    private static KioskConfig.Progress progress(Map<String, Object> values) {
        ProgressionRules d = ProgressionRules.defaults();
        return new KioskConfig.Progress(new AdherencePlan((Integer) values.get("progress.sessions-per-week"),
                (Integer) values.get("progress.course-sessions"), (Integer) values.get("progress.course-weeks"),
                (Integer) values.get("progress.missed-flag")),
                new ProgressionRules((Integer) values.get("progress.pain-green-max"),
                        (Integer) values.get("progress.pain-amber-max"), d.minSessionsAtLevelToProgress(),
                        d.maxEffortToProgress(), d.requireCompletedDose()),
                new KioskConfig.Outcomes((Boolean) values.get("progress.outcomes"), new OutcomeWindows(
                        (Integer) values.get("progress.outcome-baseline-window"),
                        (Integer) values.get("progress.outcome-before"),
                        (Integer) values.get("progress.outcome-after"))),
                new MinimalImportantChange((Integer) values.get("progress.mic-points"),
                        (Integer) values.get("progress.mic-percent")));
    }

    private static KioskConfig.Reader reader(Map<String, Object> values) {
        int[] spi = (int[]) values.get("reader.spi");
        Object device = values.get("reader.device");
        return new KioskConfig.Reader((String) values.get("reader.type"), spi[0], spi[1],
                (Integer) values.get("reader.spi-hz"), pin(values, "reader.reset-pin"),
                (Duration) values.get("reader.poll-interval"), (Integer) values.get("reader.errors-before-reset"),
                device instanceof Path p ? p : null, (String) values.get("reader.format"),
                (String) values.get("reader.byte-order"), (Integer) values.get("reader.bytes"),
                (Duration) values.get("reader.key-gap"));
    }

    private static Integer pin(Map<String, Object> values, String key) {
        return values.get(key) instanceof Integer pin ? pin : null;
    }
}
