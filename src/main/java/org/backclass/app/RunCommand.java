package org.backclass.app;

import java.nio.file.Path;
import org.backclass.config.ConfigLoader;
import org.backclass.config.KioskConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backclass run}: production mode, full screen, settings from {@code kiosk-config/}. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run the kiosk in production mode (full screen, settings from kiosk-config/).")
final class RunCommand implements java.util.concurrent.Callable<Integer> {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: kiosk-config/kiosk.properties in the app folder).")
    private Path config;

    @Override
    public Integer call() throws InterruptedException {
        Path file = (config == null ? defaultConfigFile() : config).toAbsolutePath();
        KioskConfig settings = ConfigLoader.load(file);
        Kiosk kiosk = Kiosk.start(new KioskOptions(settings, false, false, true, file.getParent()));
        kiosk.awaitStopped();
        return 0;
    }

    /** The app folder's settings; the launcher passes the folder as {@code backclass.home}. */
    static Path defaultConfigFile() {
        return Path.of(System.getProperty("backclass.home", "."), "kiosk-config", "kiosk.properties");
    }
}
