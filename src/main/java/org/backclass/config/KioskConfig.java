package org.backclass.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;
import org.backclass.domain.checkin.CheckInPolicy;
import org.backclass.domain.staff.PinHash;

/**
 * The site settings of one kiosk, validated. Immutable; built by {@link ConfigLoader} from
 * {@code kiosk-config/kiosk.properties}, or by the demo command from defaults.
 * {@code instructorPin} is null when no PIN is set (then only a staff card unlocks).
 */
public record KioskConfig(
        String kioskId,
        String kioskName,
        Locale locale,
        ZoneId zone,
        Screen screen,
        Path databasePath,
        Path mediaDir,
        Api api,
        Reader reader,
        CheckInPolicy checkIn,
        PinHash instructorPin,
        Sound sound) {

    /** How the kiosk shows itself. {@code fullscreen} is production; {@code window} is for desks. */
    public record Screen(boolean fullscreen, int width, int height, Duration idleTimeout) {
    }

    /** The embedded HTTP server. */
    public record Api(boolean enabled, String bindAddress, int port, long maxBodyBytes) {
    }

    /** The card reader. Only {@code simulated} exists until hardware readers land. */
    public record Reader(String type) {
    }

    /** The sound device. {@code tones}: the class player's 3-2-1 and go beeps, when a device is there. */
    public record Sound(boolean tones) {
    }

    public KioskConfig withDatabasePath(Path path) {
        return new KioskConfig(kioskId, kioskName, locale, zone, screen, path, mediaDir, api, reader, checkIn,
                instructorPin, sound);
    }

    public KioskConfig withApi(Api newApi) {
        return new KioskConfig(kioskId, kioskName, locale, zone, screen, databasePath, mediaDir, newApi, reader,
                checkIn, instructorPin, sound);
    }

    public KioskConfig withScreen(Screen newScreen) {
        return new KioskConfig(kioskId, kioskName, locale, zone, newScreen, databasePath, mediaDir, api, reader,
                checkIn, instructorPin, sound);
    }
}
