package org.backclass.app;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.backclass.api.ApiServer;
import org.backclass.api.Metrics;
import org.backclass.config.KioskConfig;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.auth.Role;
import org.backclass.domain.auth.TokenService;
import org.backclass.domain.checkin.CheckInService;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.event.KioskEvents;
import org.backclass.domain.reader.SimulatedTaps;
import org.backclass.store.Database;
import org.backclass.store.JdbcCheckInStore;
import org.backclass.store.JdbcConsentStore;
import org.backclass.store.JdbcMemberStore;
import org.backclass.store.JdbcPainReportStore;
import org.backclass.store.JdbcTimetableStore;
import org.backclass.store.JdbcTokenStore;
import org.backclass.ui.FxThread;
import org.backclass.ui.KioskUi;
import org.backclass.ui.UiServices;
import org.backclass.ui.UiSettings;
import org.backclass.domain.checkin.CardCapture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the only place that knows every part. Builds storage, services,
 * the reader, the API and the screens with constructor injection, and registers each with
 * the {@link Lifecycle} so that they stop in order.
 */
public final class Kiosk implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Kiosk.class);
    private static final String DEMO_TOKEN_LABEL = "demo";
    private static final java.time.Duration SHUTDOWN_LIMIT = java.time.Duration.ofSeconds(20);

    private final KioskOptions options;
    private final Lifecycle lifecycle = new Lifecycle();
    private final Thread shutdownHook = new Thread(this::stopFromHook, "backclass-shutdown");
    private Database database;
    private KioskHardware hardware;
    private ApiServer api;
    private KioskUi ui;
    private String demoToken;
    private Content content;
    private final CardCapture capture = new CardCapture();
    private long firstIdleFrameMillis = -1;
    private volatile boolean jvmExiting;

    private Kiosk(KioskOptions options) {
        this.options = options;
    }

    /** Starts every part; on failure stops what had started and rethrows. */
    public static Kiosk start(KioskOptions options) {
        Kiosk kiosk = new Kiosk(options);
        // Registered first: a SIGTERM during a slow start still stops what has started, in order.
        Runtime.getRuntime().addShutdownHook(kiosk.shutdownHook);
        try {
            kiosk.startParts();
            return kiosk;
        } catch (RuntimeException e) {
            kiosk.close();
            throw e;
        }
    }

    private void startParts() {
        KioskConfig config = options.config();
        if (options.showUi() && !options.headless() && System.getenv("DISPLAY") == null
                && !"Monocle".equals(System.getProperty("glass.platform"))) {
            throw new IllegalStateException("no display to show the kiosk on (DISPLAY is not set);"
                    + " start it from a desktop session, or add --headless");
        }
        Clock clock = Clock.system(config.zone());
        Instant startedAt = clock.instant();

        database = Database.open(config.databasePath(), config.kioskId());
        lifecycle.onStop(Lifecycle.Stage.DATABASE, "database", database);
        JdbcMemberStore members = new JdbcMemberStore(database, clock);
        JdbcTimetableStore timetable = new JdbcTimetableStore(database, clock);
        TokenService tokens = new TokenService(new JdbcTokenStore(database, clock), clock);
        KioskEvents events = new KioskEvents();
        CheckInService checkIn = new CheckInService(new JdbcCheckInStore(database, clock), clock, config.checkIn(),
                events);
        JdbcConsentStore consent = new JdbcConsentStore(database, clock);
        PainReportService painReports = new PainReportService(new JdbcPainReportStore(database, clock), consent,
                clock);

        if (options.contentDir() != null) {
            content = ContentLoader.load(options.contentDir());
            boolean timetableSound = content.problems().stream()
                    .noneMatch(p -> p.file().getFileName().toString().equals(ContentLoader.TIMETABLE));
            if (timetableSound) {
                // The configured weekly timetable is the timetable, in the demo too.
                timetable.applyConfiguredTimetable(content.timetable(), ProgrammeLengths.of(content));
            } else {
                // Applying a half-read timetable would tombstone classes; keep yesterday's until it is fixed.
                LOG.warn("{} has problems: the weekly timetable stays as it was", ContentLoader.TIMETABLE);
            }
        }
        if (options.demo()) {
            new DemoGym(members, timetable, consent, clock, DemoGym.programmeOf(content),
                    new DemoHistory(database, timetable, clock, config.checkIn())).seed();
            demoToken = tokens.rotate(Role.STAFF, DEMO_TOKEN_LABEL);
            // The demo token was printed on a terminal: it dies with the demo.
            lifecycle.onStop(Lifecycle.Stage.WORKERS, "demo token", () -> tokens.revokeAll(DEMO_TOKEN_LABEL));
        }

        ExecutorService workers = Executors.newFixedThreadPool(2, namedDaemons("kiosk-worker"));
        lifecycle.onStop(Lifecycle.Stage.WORKERS, "workers", () -> stopExecutor(workers));

        Metrics metrics = new Metrics(() -> hardware.readerStatuses(), database::bytesOnDisk);
        events.subscribe(metrics); // before the readers start, so that no tap goes uncounted
        hardware = KioskHardware.start(config, clock, lifecycle, events, capture.routing(checkIn::checkIn));

        if (config.api().enabled()) {
            api = KioskApi.newServer(config, version(), new KioskApi.Parts(clock, startedAt, database, tokens, members,
                    timetable, hardware, metrics, events, capture));
            lifecycle.onStop(Lifecycle.Stage.API, "api", api);
            api.start();
        }

        if (options.showUi()) {
            startUi(config, clock, timetable, members, painReports, workers, events);
        }
    }

    private void startUi(KioskConfig config, Clock clock, JdbcTimetableStore timetable, JdbcMemberStore members,
            PainReportService painReports, ExecutorService workers, KioskEvents events) {
        if (options.headless()) {
            FxPlatform.useHeadlessPlatform();
        }
        FxPlatform platform = FxPlatform.start();
        // Inside a JVM shutdown hook Platform.exit() waits forever for an FX thread that no
        // longer runs queued work; the toolkit ends with the JVM then anyway.
        lifecycle.onStop(Lifecycle.Stage.FX, "JavaFX", () -> {
            if (!jvmExiting) {
                platform.exit();
            }
        });
        FxThread fx = new FxThread();
        boolean fullscreen = config.screen().fullscreen() && !options.headless();
        UiSettings settings = new UiSettings(config.locale(), config.screen().idleTimeout(), fullscreen,
                config.screen().width(), config.screen().height(), options.demo());
        DemoCardTaps demoKeys = options.demo() ? hardware.simulator().map(DemoCardTaps::new).orElse(null) : null;
        UiServices services = ScreenServices.of(config, clock, database, content, capture, members, timetable,
                painReports, workers, demoKeys, events, lifecycle, hardware::readerStatuses);
        ui = new KioskUi(settings, services, fx);
        events.subscribe(ui.eventListener());
        hardware.onNextButton(ui::nextFromButton);
        // A class cut short by a stop keeps what was done; the database is still open at this stage.
        lifecycle.onStop(Lifecycle.Stage.CLASSES, "running class", ui::saveRunningClass);

        CompletableFuture<Long> firstFrame = new CompletableFuture<>();
        CompletableFuture<Void> shown = new CompletableFuture<>();
        fx.execute(() -> {
            try {
                Stage stage = new Stage();
                stage.setOnCloseRequest(e -> new Thread(this::close, "backclass-window-close").start());
                ui.show(stage);
                Scene scene = ui.scene();
                Runnable[] probe = new Runnable[1];
                probe[0] = () -> {
                    firstFrame.complete(ManagementFactory.getRuntimeMXBean().getUptime());
                    scene.removePostLayoutPulseListener(probe[0]);
                };
                scene.addPostLayoutPulseListener(probe[0]);
                lifecycle.onStop(Lifecycle.Stage.FX, "kiosk window", () -> fx.execute(stage::hide));
                shown.complete(null);
            } catch (RuntimeException e) {
                shown.completeExceptionally(e);
            }
        });
        try {
            shown.get(30, TimeUnit.SECONDS);
            firstIdleFrameMillis = firstFrame.get(30, TimeUnit.SECONDS);
            LOG.info("First idle frame {} ms after JVM start", firstIdleFrameMillis);
        } catch (Exception e) {
            throw new IllegalStateException("the kiosk screen did not come up: " + e.getMessage(), e);
        }
    }

    /** The content loaded from kiosk-config (exercises, programmes, timetable) and its problems. */
    public Optional<Content> content() {
        return Optional.ofNullable(content);
    }

    private static java.util.concurrent.ThreadFactory namedDaemons(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    private static void stopExecutor(ExecutorService executor) throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
            LOG.warn("Background work did not finish within 5 s; abandoning it");
            executor.shutdownNow();
        }
    }

    static String version() {
        String v = Kiosk.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    /** The API's base URI, or empty when the API is disabled. */
    public Optional<URI> apiUri() {
        return Optional.ofNullable(api).map(ApiServer::uri);
    }

    /** The staff token minted for this demo run (demo mode only). */
    public Optional<String> demoToken() {
        return Optional.ofNullable(demoToken);
    }

    public SimulatedTaps simulatedTaps() {
        return hardware.simulator().orElseThrow(() -> new IllegalStateException("no simulated reader"));
    }

    /** The kiosk scene, for tests and the latency benchmark; empty without UI. */
    public Optional<Scene> scene() {
        return Optional.ofNullable(ui).map(KioskUi::scene);
    }

    public java.nio.file.Path databaseFile() {
        return database.file();
    }

    /** Milliseconds from JVM start to the first laid-out frame of the idle screen, or -1. */
    public long firstIdleFrameMillis() {
        return firstIdleFrameMillis;
    }

    /** Blocks until the kiosk has stopped (window closed, signal, or {@link #close()}). */
    public void awaitStopped() throws InterruptedException {
        lifecycle.awaitStopped();
    }

    private void stopFromHook() {
        LOG.info("Shutdown requested");
        jvmExiting = true;
        lifecycle.stop();
        // If the window started the shutdown, let it finish before the JVM halts.
        try {
            if (!lifecycle.awaitStopped(SHUTDOWN_LIMIT)) {
                LOG.warn("Shutdown did not finish within {} s", SHUTDOWN_LIMIT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops everything in order; idempotent. Must not be called on the FX thread. */
    @Override
    public void close() {
        lifecycle.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            LOG.debug("JVM already shutting down");
        }
    }
}
