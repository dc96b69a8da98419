package org.backclass.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.backclass.config.ConfigLoader;
import org.backclass.config.KioskConfig;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backclass demo}: a seeded demo gym with the simulated reader, on any machine. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run a demo kiosk: seeded gym, simulated card reader, API on localhost.")
final class DemoCommand implements Callable<Integer> {

    /** The demo's instructor PIN: the demo holds no real data, so it may be well known. */
    static final String DEMO_PIN = "2468";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--headless", description = "No window: render off-screen (tests, benchmarks, servers).")
    private boolean headless;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Where the demo database lives (default: ${DEFAULT-VALUE}).")
    private Path dataDir = Path.of("data", "demo");

    @Option(names = "--port", paramLabel = "N", description = "API port on 127.0.0.1; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    private int port = 8080;

    @Option(names = "--locale", paramLabel = "LANG", description = "Screen language: en or de (default: ${DEFAULT-VALUE}).")
    private String locale = "en";

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be 0-65535, was " + port);
        }
        if (!locale.equals("en") && !locale.equals("de")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--locale must be en or de");
        }
        KioskConfig defaults = ConfigLoader.defaults(RunCommand.defaultConfigFile().getParent());
        KioskConfig config = new KioskConfig("demo", "BackClass demo", java.util.Locale.forLanguageTag(locale),
                defaults.zone(), new KioskConfig.Screen(false, 1280, 800, defaults.screen().idleTimeout()),
                dataDir.resolve("backclass.db"), defaults.mediaDir(),
                new KioskConfig.Api(true, "127.0.0.1", port, defaults.api().maxBodyBytes()), defaults.reader(),
                defaults.checkIn(), org.backclass.domain.staff.PinHash.of(DEMO_PIN), defaults.sound(),
                defaults.gpio(), defaults.progress());
        Kiosk kiosk = Kiosk.start(new KioskOptions(config, true, headless, true,
                RunCommand.defaultConfigFile().getParent()));
        printWelcome(kiosk);
        kiosk.awaitStopped();
        return 0;
    }

    private void printWelcome(Kiosk kiosk) {
        PrintWriter out = spec.commandLine().getOut();
        String api = kiosk.apiUri().map(u -> u.resolve("/api/v1/").toString()).orElse("(disabled)");
        String token = kiosk.demoToken().orElse("");
        out.println("BackClass demo is running" + (headless ? " (headless)" : "") + ".");
        out.println("  Started in:   " + kiosk.firstIdleFrameMillis() + " ms to the first idle frame");
        out.println("  Database:     " + kiosk.databaseFile().toAbsolutePath());
        out.println("  Staff page:   " + kiosk.apiUri().map(u -> u.resolve("/").toString()).orElse("(disabled)")
                + "   (sign in with the staff token)");
        out.println("  API:          " + api);
        out.println("  Staff token:  " + token + "   (new on every demo start)");
        out.println("  Attendance:   curl -H 'Authorization: Bearer " + token + "' " + api + "attendance");
        out.println("  Tap a card:   curl -H 'Authorization: Bearer " + token + "' -H 'Content-Type: application/json' \\");
        out.println("                  -d '{\"uid\":\"" + DemoGym.CARD_UIDS.get(0) + "\"}' " + api + "simulator/taps");
        if (!headless) {
            out.println("  Demo keys:    1-9, 0, -, = tap the 12 demo cards; U an unknown card; S the instructor's staff card");
        }
        out.println("  Stop:         Ctrl+C" + (headless ? "" : " or close the window"));
        out.flush();
    }
}
