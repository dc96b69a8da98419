package org.backclass.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import org.backclass.config.ConfigLoader;
import org.backclass.config.KioskConfig;
import org.backclass.domain.auth.Role;
import org.backclass.domain.auth.TokenService;
import org.backclass.store.Database;
import org.backclass.store.JdbcTokenStore;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backclass token create}: mints an API token; only its hash is stored. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage API tokens.",
        subcommands = TokenCommand.Create.class)
final class TokenCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Create an API token and print it once.")
    static final class Create implements java.util.concurrent.Callable<Integer> {

        @CommandLine.Spec
        private CommandLine.Model.CommandSpec spec;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "viewer, staff or admin.")
        private String role;

        @Option(names = "--label", paramLabel = "TEXT", description = "What the token is for (default: ${DEFAULT-VALUE}).")
        private String label = "cli";

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

        @Override
        public Integer call() {
            Role parsed;
            try {
                parsed = Role.fromId(role);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
            }
            if (label.isBlank() || label.length() > 80) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--label must be 1-80 characters");
            }
            Path dbFile;
            String kioskId;
            if (where.dataDir != null) {
                dbFile = where.dataDir.resolve("backclass.db").toAbsolutePath().normalize();
                kioskId = "demo";
            } else {
                KioskConfig settings = ConfigLoader.load(where.config == null
                        ? RunCommand.defaultConfigFile() : where.config);
                dbFile = settings.databasePath().toAbsolutePath();
                kioskId = settings.kioskId();
            }
            // A token in a database no kiosk uses would be useless: never create one here.
            if (!java.nio.file.Files.isRegularFile(dbFile)) {
                spec.commandLine().getErr().println("backclass: no kiosk database at " + dbFile
                        + " (start the kiosk once to create it, or check database.path / --data-dir)");
                return Main.EXIT_FAILED;
            }
            Clock clock = Clock.systemUTC();
            try (Database db = Database.open(dbFile, kioskId)) {
                String token = new TokenService(new JdbcTokenStore(db, clock), clock).create(parsed, label);
                PrintWriter out = spec.commandLine().getOut();
                out.println(token);
                out.flush();
                spec.commandLine().getErr().println("Created a " + parsed.id() + " token in " + dbFile
                        + ". It is shown only now: store it safely.");
            }
            return 0;
        }
    }
}
