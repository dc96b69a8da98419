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
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Cursor;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.backclass.domain.card.RawCardFormat;
import org.backclass.hardware.SimulatedCardReader;
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

    /** Demo card 0 in these tests: enrolled to nobody. */
    private static final String NOBODYS_UID = "04C0FFEE000001";

    @TempDir
    Path dir;
    private FxKiosk kiosk;
    /** The reader demo mode presents cards to; no hardware, the real check-in behind it. */
    private SimulatedCardReader reader;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openKiosk() {
        kiosk = new FxKiosk(dir);
        reader = new SimulatedCardReader("demo-reader", kiosk.clock);
        reader.start(kiosk.gym.checkIn::checkIn);
    }

    @AfterEach
    void closeKiosk() {
        reader.close();
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
        // given demo mode, whose demo card 1 is Anna's card, presented to the simulated reader
        ReaderDemoTaps taps = new ReaderDemoTaps(reader, List.of(NOBODYS_UID, FxKiosk.ANNAS_UID));
        kiosk.show(new UiSettings(Locale.ENGLISH, null, false, 1024, 600, true), taps);
        kiosk.waitForNode("idle-screen");

        // when "2" is pressed
        robot.type(KeyCode.DIGIT2);

        // then demo card 1 was presented off the FX thread: Anna is checked in and welcomed
        kiosk.waitForNode("welcome-screen");
        assertThat(onFx(() -> ((Labeled) kiosk.lookupOnFx("welcome-name")).getText())).isEqualTo("Anna K.");
        assertThat(kiosk.gym.attendanceRows(kiosk.annaId)).isEqualTo(1);

        robot.type(KeyCode.U);
        kiosk.waitForNode("unknown-card-screen");
        waitFor(() -> taps.threads.size() == 2);
        assertThat(taps.threads).containsOnly(FxKiosk.BACKGROUND_THREAD);
        assertThat(taps.onFxThread).hasValue(0);
        assertThat(kiosk.gym.attendanceRows()).isEqualTo(1); // the unknown card recorded nothing
    }

    @Test
    void withoutTheDemoSettingDigitsDoNothing() {
        ReaderDemoTaps taps = new ReaderDemoTaps(reader, List.of(NOBODYS_UID, FxKiosk.ANNAS_UID));
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

        assertThat(taps.threads).isEmpty();
        assertThat(kiosk.gym.attendanceRows()).isZero();
        assertThat(kiosk.lookup("idle-screen")).isNotNull();
    }

    /**
     * Demo taps as the app wires them (cf. {@code org.backclass.app.DemoCardTaps}): a demo key
     * presents a demo card's UID, hex, to the simulated card reader, which runs the real
     * check-in. Records the thread each tap ran on.
     */
    private static final class ReaderDemoTaps implements DemoTaps {

        private final SimulatedCardReader reader;
        private final List<String> demoCardUids;
        final List<String> threads = new CopyOnWriteArrayList<>();
        final AtomicInteger onFxThread = new AtomicInteger();

        ReaderDemoTaps(SimulatedCardReader reader, List<String> demoCardUids) {
            this.reader = reader;
            this.demoCardUids = List.copyOf(demoCardUids);
        }

        @Override
        public void tapDemoCard(int index) {
            ranHere();
            if (index >= 0 && index < demoCardUids.size()) {
                reader.tap(demoCardUids.get(index), RawCardFormat.HEX);
            }
        }

        @Override
        public void tapUnknownCard() {
            ranHere();
            reader.tap(FxKiosk.UNKNOWN_UID, RawCardFormat.HEX);
        }

        @Override
        public void tapStaffCard() {
            ranHere();
            reader.tap(FxKiosk.STAFF_UID, RawCardFormat.HEX);
        }

        private void ranHere() {
            threads.add(Thread.currentThread().getName());
            if (Platform.isFxApplicationThread()) {
                onFxThread.incrementAndGet();
            }
        }
    }
}
