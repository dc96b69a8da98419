package org.backclass.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.backclass.config.ConfigLoader;
import org.backclass.config.KioskConfig;
import org.backclass.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --config FILE | --data-dir DIR} options of commands that work on an existing kiosk
 * database (tokens, staff). Never creates a database: one no kiosk uses would be useless.
 */
final class KioskDatabase {

    @CommandLine.ArgGroup(exclusive = true)
    private Where where = new Where();

    /** Which kiosk database: the one a settings file names, or a demo data folder. */
    static final class Where {
        @Option(names = "--config", paramLabel = "FILE",
                description = "Settings file naming the database (default: the app folder's kiosk-config).")
        private Path config;

        @Option(names = "--data-dir", paramLabel = "DIR", description = "A demo data folder instead.")
        private Path dataDir;
    }

    /**
     * Opens the database, or prints why not to standard error and returns empty.
     *
     * @throws org.backclass.config.ConfigException for a bad settings file (exit code 2)
     */
    Optional<Database> open(CommandLine commandLine) {
        Path file;
        String kioskId;
        if (where.dataDir != null) {
            file = where.dataDir.resolve("backclass.db").toAbsolutePath().normalize();
            kioskId = "demo";
        } else {
            KioskConfig settings = ConfigLoader.load(where.config == null
                    ? RunCommand.defaultConfigFile() : where.config);
            file = settings.databasePath().toAbsolutePath();
            kioskId = settings.kioskId();
        }
        if (!Files.isRegularFile(file)) {
            commandLine.getErr().println("backclass: no kiosk database at " + file
                    + " (start the kiosk once to create it, or check database.path / --data-dir)");
            return Optional.empty();
        }
        return Optional.of(Database.open(file, kioskId));
    }
}
