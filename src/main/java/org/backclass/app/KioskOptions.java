package org.backclass.app;

import java.nio.file.Path;
import org.backclass.config.KioskConfig;

/**
 * How to start a kiosk.
 *
 * @param demo      seed the demo gym, rotate the demo staff token, enable demo keys
 * @param headless  no display: JavaFX renders off-screen (Monocle); for tests, benchmarks, servers
 * @param showUi    false starts storage, reader and API only (the kiosk UI is not built)
 * @param contentDir the folder with exercises.yaml, programmes.yaml and timetable.yaml, or null
 *                   to start without content
 */
public record KioskOptions(KioskConfig config, boolean demo, boolean headless, boolean showUi, Path contentDir) {

    public KioskOptions(KioskConfig config, boolean demo, boolean headless, boolean showUi) {
        this(config, demo, headless, showUi, null);
    }
}
