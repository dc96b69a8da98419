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
        add("reader.type", "simulated", ValueParsers::readerType);
        add("checkin.before", "30m", v -> ValueParsers.duration(v, Duration.ZERO, Duration.ofHours(3)));
        add("checkin.after", "15m", v -> ValueParsers.duration(v, Duration.ZERO, Duration.ofHours(3)));
        add("checkin.repeat-ignore", "3s", v -> ValueParsers.duration(v, Duration.ZERO, Duration.ofMinutes(5)));
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
        return resolvePaths(build(parse(file, text)), dir);
    }

    private static KioskConfig resolvePaths(KioskConfig c, Path dir) {
        return new KioskConfig(c.kioskId(), c.kioskName(), c.locale(), c.zone(), c.screen(),
                dir.resolve(c.databasePath()).normalize(), dir.resolve(c.mediaDir()).normalize(), c.api(), c.reader(),
                c.checkIn(), c.instructorPin(), c.sound());
    }

    private static Map<String, Object> parse(Path file, String text) {
        Map<String, Object> values = new HashMap<>();
        Map<String, Integer> seenAt = new HashMap<>();
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
                        (Integer) values.get("api.port"), (Long) values.get("api.max-body")),
                new KioskConfig.Reader((String) values.get("reader.type")),
                new CheckInPolicy((Duration) values.get("checkin.before"), (Duration) values.get("checkin.after"),
                        (Duration) values.get("checkin.repeat-ignore")),
                values.get("instructor.pin") instanceof PinHash pin ? pin : null,
                new KioskConfig.Sound((Boolean) values.get("sound.tones")));
    }
}
