package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FxKiosk.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import javafx.scene.control.Button;
import org.backclass.ui.testing.FxKiosk;
import org.backclass.ui.testing.TouchLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * Every step of the progress check at the smallest and largest supported sizes, in both
 * languages: each visible button is a touch target of at least 64 × 64 px, and everything lies
 * inside the scene — the keyboard for "Something else" included. Laid out without a window, as
 * in {@link KioskUiLayoutFxTest}.
 */
class ProgressCheckLayoutFxTest {

    @TempDir
    Path dir;
    private FxKiosk kiosk;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeKiosk() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    private void fire(String id) {
        onFx(() -> {
            ((Button) kiosk.lookupOnFx(id)).fire();
            return null;
        });
    }

    private void waitVisible(String id) {
        FxKiosk.waitFor(() -> onFx(() -> kiosk.lookupOnFx(id) != null && kiosk.lookupOnFx(id).isVisible()));
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"800, 480, en", "800, 480, de", "1024, 600, de", "1280, 800, en", "1920, 1080, de"})
    void everyStepFitsAndEveryButtonIsATouchTarget(int width, int height, String language) {
        kiosk = new FxKiosk(dir).withOutcomes();
        KioskUi ui = kiosk.create(FxKiosk.windowed(Locale.of(language), Duration.ofSeconds(20), width, height));
        onFx(() -> ui.createScene(width, height));
        kiosk.tap(FxKiosk.ANNAS_CARD);
        kiosk.waitForNode("welcome-screen");
        fire("pain-4");
        waitVisible("progress-check");

        assertFits("pain", 12); // 0-10 and "Not now"
        fire("progress-pain-5");
        waitVisible("progress-activities");
        fire("activity-8"); // chosen: the longest label, getting up from a chair
        assertFits("choose", 15); // 12 activities, "Something else", "Not now", "Next"
        fire("activity-8");
        fire("activity-other");
        waitVisible("activity-typed");
        fire("key-S");
        assertFits("typing", 35); // 30 letters, space, backspace, "Not now", "Back", "Add"
        fire("activity-add");
        fire("activity-other");
        fire("key-T");
        fire("activity-add");
        waitVisible("progress-activities");
        assertFits("the fullest grid: two typed", 17); // both typed join the buttons, "Something else" stays
        fire("activity-0");
        fire("activities-next");
        waitVisible("progress-activity");
        assertFits("rate", 12);
    }

    private void assertFits(String step, int expectedButtons) {
        TouchLayout.Report report = onFx(() -> TouchLayout.check(kiosk.scene()));
        assertThat(report.problems()).as(step).isEmpty();
        assertThat(report.buttons()).as(step + " buttons").isEqualTo(expectedButtons);
    }
}
