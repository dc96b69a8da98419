package org.backclass.app;

import java.io.PrintWriter;
import java.util.Optional;
import java.time.Clock;
import org.backclass.domain.auth.Role;
import org.backclass.domain.auth.TokenService;
import org.backclass.domain.privacy.AuditEntry;
import org.backclass.store.Database;
import org.backclass.store.JdbcAuditLog;
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

        @CommandLine.Mixin
        private KioskDatabase database;

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
            Clock clock = Clock.systemUTC();
            Optional<Database> opened = database.open(spec.commandLine());
            if (opened.isEmpty()) {
                return Main.EXIT_FAILED;
            }
            try (Database db = opened.get()) {
                String token = new TokenService(new JdbcTokenStore(db, clock), clock).create(parsed, label);
                new JdbcAuditLog(db).record(AuditEntry.of(clock.instant(), "cli", "token.create", label,
                        "role " + parsed.id()));
                PrintWriter out = spec.commandLine().getOut();
                out.println(token);
                out.flush();
                spec.commandLine().getErr().println("Created a " + parsed.id() + " token in " + db.file()
                        + ". It is shown only now: store it safely.");
            }
            return 0;
        }
    }
}
