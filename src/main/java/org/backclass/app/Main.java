package org.backclass.app;

import java.io.PrintWriter;
import org.backclass.config.ConfigException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code backclass}: the command line. Exit codes: 0 done, 1 failed while running (for
 * example the API port is taken), 2 bad configuration or bad command line.
 */
@Command(name = "backclass", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Touchscreen kiosk for supervised back classes.",
        subcommands = {DemoCommand.class, RunCommand.class, TokenCommand.class, PinCommand.class,
                StaffCommand.class, ConsentCommand.class})
public final class Main implements Runnable {

    static final int EXIT_FAILED = 1;
    static final int EXIT_CONFIG = 2;
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int code;
        try {
            code = execute(args, new PrintWriter(System.out, true), err);
        } catch (LinkageError | RuntimeException e) {
            // A broken installation (missing jar or native library) gets one line, not a trace.
            LOG.debug("Start failed", e);
            err.println("backclass: cannot start: " + e + " (is the app folder complete?)");
            code = EXIT_FAILED;
        }
        System.exit(code);
    }

    /** Runs the command line with the given streams; returns the exit code (used by tests). */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof ConfigException) {
                commandLine.getErr().println("backclass: configuration error: " + e.getMessage());
                return EXIT_CONFIG;
            }
            LOG.debug("Command failed", e);
            commandLine.getErr().println("backclass: " + describe(e));
            return EXIT_FAILED;
        });
        return cli.execute(args);
    }

    /** The deepest useful message, without a stack trace. */
    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t.getMessage() == null || t instanceof IllegalStateException)) {
            t = t.getCause();
        }
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return e.getMessage() != null && !e.getMessage().equals(message) ? e.getMessage() : message;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"backclass " + Kiosk.version()};
        }
    }
}
