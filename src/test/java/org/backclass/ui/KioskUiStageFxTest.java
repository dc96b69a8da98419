package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FxKiosk.onFx;
import static org.backclass.ui.testing.FxKiosk.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.backclass.ui.testing.FxKiosk;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** How the kiosk sets up its window: production full screen, the demo window, and the demo keys. */
class KioskUiStageFxTest {

    @TempDir
    Path dir;
    private FxKiosk kiosk;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openKiosk() {
        kiosk = new FxKiosk(dir);
    }

    @AfterEach
    void closeKiosk() {
        kiosk.close();
    }

    @Test
    void productionIsFullScreenWithoutExitKeyOrHintAndWithoutCursor() {
        kiosk.show(new UiSettings(Locale.ENGLISH, null, true, 0, 0, false));

        Stage stage = kiosk.stage();
        Rectangle2D screen = onFx(() -> Screen.getPrimary().getBounds());
        assertThat(onFx(stage::isFullScreen)).isTrue();
        assertThat(onFx(stage::getFullScreenExitKeyCombination)).isEqualTo(KeyCombination.NO_MATCH);
        assertThat(onFx(stage::getFullScreenExitHint)).isEmpty();
        assertThat(onFx(() -> kiosk.scene().getCursor())).isEqualTo(Cursor.NONE);
        assertThat(onFx(() -> kiosk.scene().getWidth())).isEqualTo(screen.getWidth());
        assertThat(onFx(() -> kiosk.scene().getHeight())).isEqualTo(screen.getHeight());
    }

    @Test
    void aWindowedKioskHasTheConfiguredSizeAndTitle() {
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, null, 800, 480));

        assertThat(onFx(() -> kiosk.stage().getTitle())).isEqualTo("BackClass");
        assertThat(onFx(() -> kiosk.stage().isFullScreen())).isFalse();
        assertThat(onFx(() -> kiosk.scene().getWidth())).isEqualTo(800);
        assertThat(onFx(() -> kiosk.scene().getHeight())).isEqualTo(480);
    }

    @Test
    void demoKeysTapDemoCardsOnTheBackgroundExecutor() {
        // given demo taps that present Anna's card for demo card 1 and a stranger's for U
        List<String> threads = new CopyOnWriteArrayList<>();
        DemoTaps taps = new DemoTaps() {
            @Override
            public void tapDemoCard(int index) {
                threads.add(Thread.currentThread().getName());
                if (index == 1) {
                    kiosk.tap(FxKiosk.ANNAS_CARD);
                }
            }

            @Override
            public void tapUnknownCard() {
                threads.add(Thread.currentThread().getName());
                kiosk.tap(FxKiosk.UNKNOWN_CARD);
            }
        };
        kiosk.show(new UiSettings(Locale.ENGLISH, null, false, 1024, 600, true), taps);
        kiosk.waitForNode("idle-screen");

        // when "2" is pressed
        robot.type(KeyCode.DIGIT2);

        // then demo card 1 was presented off the FX thread and Anna is welcomed
        kiosk.waitForNode("welcome-screen");
        assertThat(onFx(() -> ((Labeled) kiosk.lookupOnFx("welcome-name")).getText())).isEqualTo("Anna K.");

        robot.type(KeyCode.U);
        kiosk.waitForNode("unknown-card-screen");
        waitFor(() -> threads.size() == 2);
        assertThat(threads).containsOnly("ui-test-background");
    }

    @Test
    void withoutTheDemoSettingDigitsDoNothing() {
        List<Integer> tapped = new CopyOnWriteArrayList<>();
        DemoTaps taps = new DemoTaps() {
            @Override
            public void tapDemoCard(int index) {
                tapped.add(index);
            }

            @Override
            public void tapUnknownCard() {
                tapped.add(-1);
            }
        };
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600), taps);
        kiosk.waitForNode("idle-screen");

        AtomicInteger pressed = new AtomicInteger();
        onFx(() -> {
            kiosk.scene().addEventFilter(KeyEvent.KEY_PRESSED, e -> pressed.incrementAndGet());
            return null;
        });

        robot.type(KeyCode.DIGIT2, KeyCode.U);
        waitFor(() -> pressed.get() == 2);
        kiosk.drainBackground();

        assertThat(tapped).isEmpty();
        assertThat(kiosk.lookup("idle-screen")).isNotNull();
    }
}
