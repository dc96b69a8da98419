package org.backclass.ui;

import java.net.URL;
import java.util.Objects;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TouchEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.event.KioskEventListener;
import org.backclass.ui.support.FxTimers;
import org.backclass.ui.idle.ReaderHealthViewModel;
import org.backclass.ui.player.PlayerViewModel;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;
import org.backclass.ui.support.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's screens: idle, welcome with the pain question, the calm notices, and instructor
 * mode (PIN pad, today's classes with their rosters, the class player).
 *
 * <p>Threading: the constructor may run on any thread (it builds only ViewModels);
 * {@link #show} and {@link #scene} are for the FX thread. {@link #eventListener()} may be
 * called from any thread; each event crosses to the FX thread exactly once, through
 * {@link FxThread}. Blocking work runs on {@link UiServices#background()}.
 */
public final class KioskUi {

    private static final Logger LOG = LoggerFactory.getLogger(KioskUi.class);
    private static final String THEME = "kiosk.css";

    private final UiSettings settings;
    private final UiServices services;
    private final Messages messages;
    private final KioskViewModel viewModel;
    private final ReaderHealthViewModel readerHealth;
    private final KioskEventListener listener;
    private final FxThread fx;
    private Scene scene;

    public KioskUi(UiSettings settings, UiServices services, FxThread fx) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.services = Objects.requireNonNull(services, "services");
        this.fx = Objects.requireNonNull(fx, "fx");
        this.messages = Messages.load(settings.locale());
        UiContext ctx = new UiContext(services.clock(), messages, new FxTimers(), services.background(), fx);
        this.viewModel = new KioskViewModel(ctx, services.timetable(), services.painReports(),
                settings.idleTimeout(), services.instructor(), services.myProgress());
        this.readerHealth = new ReaderHealthViewModel(ctx, services.readers());
        if (services.redFlags() != null) {
            viewModel.welcome().checkRedFlags(services.redFlags());
        }
        if (services.outcomes() != null) {
            viewModel.welcome().checkOutcomes(services.outcomes());
        }
        this.listener = event -> {
            if (!(event instanceof CheckInOutcome.Ignored)) {
                fx.execute(() -> viewModel.handle(event));
            }
        };
    }

    /** Subscribe this to {@code KioskEvents}; called on any thread, hops once via {@link FxThread}. */
    public KioskEventListener eventListener() {
        return listener;
    }

    /**
     * Builds the scene and shows it. In production: full screen sized to the primary screen,
     * no exit key combination or hint, hidden cursor. Otherwise a window of the configured size
     * titled "BackClass". FX thread only; once per instance.
     */
    public void show(Stage stage) {
        Objects.requireNonNull(stage, "stage");
        if (settings.production()) {
            Rectangle2D bounds = Screen.getPrimary().getBounds();
            createScene(bounds.getWidth(), bounds.getHeight());
            scene.setCursor(Cursor.NONE);
            stage.setX(bounds.getMinX());
            stage.setY(bounds.getMinY());
            stage.setWidth(bounds.getWidth());
            stage.setHeight(bounds.getHeight());
            stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            stage.setFullScreenExitHint("");
            stage.setFullScreen(true);
        } else {
            createScene(settings.windowWidth(), settings.windowHeight());
        }
        stage.setTitle(messages.get(MessageKey.APP_TITLE));
        stage.setScene(scene);
        // The clock, tips and timetable refresh run only while the window is up.
        stage.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> {
            viewModel.idle().start();
            readerHealth.start();
        });
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            viewModel.stop();
            readerHealth.stop();
        });
        stage.show();
        LOG.info("Kiosk screen shown ({}, {}x{}, {})", settings.production() ? "full screen" : "window",
                (int) scene.getWidth(), (int) scene.getHeight(), settings.locale());
    }

    /**
     * Builds the views into a scene of this size, with theme, font scaling and input handling,
     * but no window. {@link #show} uses it; layout tests use it directly to measure sizes that
     * a headless test screen could not display. FX thread only; once per instance.
     */
    Scene createScene(double width, double height) {
        if (scene != null) {
            throw new IllegalStateException("the kiosk UI is already shown");
        }
        KioskView view = new KioskView(viewModel, readerHealth, messages);
        scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(theme());
        view.scaleWith(scene);
        installInputHandlers(scene);
        return scene;
    }

    /**
     * The physical "next" button (or any other thread's "next"): skips to the next step of the
     * class being led; does nothing when no class runs. Any thread; hops to the FX thread once.
     */
    public void nextFromButton() {
        fx.execute(() -> {
            PlayerViewModel player = viewModel.playerProperty().get();
            if (player != null) {
                player.next();
            }
        });
    }

    /**
     * Stores how far a running class got, when the kiosk stops in the middle of one. Blocks on the
     * database: call off the FX thread, before the database closes. Does nothing without a class,
     * or when the class's record was already stored.
     */
    public void saveRunningClass() {
        viewModel.saveRunningClass();
    }

    /** The scene, once {@link #show} has built it; for tests and the latency benchmark. FX thread only. */
    public Scene scene() {
        if (scene == null) {
            throw new IllegalStateException("call show(stage) first");
        }
        return scene;
    }

    private void installInputHandlers(Scene target) {
        // Filters see every press before any button does, so a tap anywhere keeps the screen up.
        target.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> viewModel.registerInteraction());
        target.addEventFilter(TouchEvent.TOUCH_PRESSED, e -> viewModel.registerInteraction());
        target.addEventFilter(KeyEvent.KEY_PRESSED, e -> viewModel.registerInteraction());
        if (settings.demoKeys() && services.demoTaps() != null) {
            target.addEventHandler(KeyEvent.KEY_PRESSED, new DemoKeys(services.demoTaps(), services.background()));
            LOG.info("Demo keys on: 1-9, 0, -, = present demo cards, U an unknown card, S the staff card");
        }
    }

    private static String theme() {
        URL url = KioskUi.class.getResource(THEME);
        if (url == null) {
            throw new IllegalStateException("theme " + THEME + " is missing from the classpath");
        }
        return url.toExternalForm();
    }
}
