package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FxKiosk.onFx;
import static org.backclass.ui.testing.FxKiosk.waitFor;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.reader.ReaderStatus;
import org.backclass.ui.testing.FxKiosk;
import org.backclass.ui.testing.FxKioskTest;
import org.backclass.ui.testing.SceneGraph;
import org.junit.jupiter.api.Test;

/** A reader that is offline is visible: calmly on the idle screen, in detail for the instructor. */
class ReaderStatusFxTest extends FxKioskTest {

    @Test
    void anOfflineReaderShowsOnTheIdleScreenAndInInstructorMode() {
        kiosk = new FxKiosk(dir).withInstructor(null, ExerciseCatalogue.empty(), List.of());
        kiosk.readers = List.of(new ReaderStatus("door", "mfrc522", ReaderStatus.State.OFFLINE,
                "cannot open /dev/spidev0.0", null, 0));
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");

        waitFor(() -> onFx(() -> kiosk.lookupOnFx("reader-offline").isVisible()));
        assertThat(onFx(() -> ((Label) kiosk.lookupOnFx("reader-offline")).getText()))
                .isEqualTo("The card reader is not working right now. Please tell a member of staff.");

        kiosk.tap(FxKiosk.STAFF_CARD);
        kiosk.waitForNode("instructor-screen");
        waitFor(() -> !onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("reader-details"))).isEmpty());
        List<String> lines = onFx(() -> ((javafx.scene.layout.VBox) kiosk.lookupOnFx("reader-details"))
                .getChildren().stream().map(n -> ((Label) n).getText()).toList());
        assertThat(lines).singleElement().asString()
                .startsWith("Card reader door (mfrc522): OFFLINE · cannot open /dev/spidev0.0");
    }

    @Test
    void noNoticeWhileEveryReaderWorks() {
        kiosk = new FxKiosk(dir);
        kiosk.readers = List.of(new ReaderStatus("door", "simulated", ReaderStatus.State.ONLINE, "", null, 0));
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");
        kiosk.drainBackground();

        assertThat(onFx(() -> kiosk.lookupOnFx("reader-offline").isVisible())).isFalse();
    }
}
