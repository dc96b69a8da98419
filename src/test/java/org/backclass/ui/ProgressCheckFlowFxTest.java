package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FxKiosk.onFx;

import java.time.Duration;
import java.util.Locale;
import javafx.scene.control.Labeled;
import org.backclass.domain.progress.outcome.ActivityRating;
import org.backclass.domain.progress.outcome.Timepoint;
import org.backclass.store.JdbcOutcomeStore;
import org.backclass.ui.testing.FxKiosk;
import org.backclass.ui.testing.FxKioskTest;
import org.backclass.ui.testing.SceneGraph;
import org.junit.jupiter.api.Test;

/**
 * The progress check end to end, headless: a new member taps in, answers today's pain, then the
 * baseline check — pain, two common activities and one typed on the keyboard, three ratings —
 * and it is in the SQLite file.
 */
class ProgressCheckFlowFxTest extends FxKioskTest {

    private String text(String id) {
        return onFx(() -> ((Labeled) kiosk.lookupOnFx(id)).getText());
    }

    private boolean visible(String id) {
        return onFx(() -> kiosk.lookupOnFx(id) != null && kiosk.lookupOnFx(id).isVisible());
    }

    @Test
    void tapPainProgressCheckThreeActivitiesOneTypedRatingsThanksAndTheAnswerIsStored() {
        kiosk = new FxKiosk(dir).withOutcomes();
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1280, 800));
        kiosk.waitForNode("idle-screen");

        kiosk.tap(FxKiosk.ANNAS_CARD);
        kiosk.waitForNode("welcome-screen");
        robot.clickOn("#pain-4");

        FxKiosk.waitFor(() -> visible("progress-check"));
        assertThat(onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("progress-check"))))
                .contains("Progress check (2 minutes)",
                        "Over the past week, how has your back pain been on average?");
        assertThat(visible("welcome-class")).as("the class line makes room").isFalse();
        assertThat(visible("progress-not-now")).isTrue();
        robot.clickOn("#progress-pain-6");

        FxKiosk.waitFor(() -> visible("progress-activities"));
        assertThat(text("activity-0")).isEqualTo("Walking");
        robot.clickOn("#activity-0");
        robot.clickOn("#activity-6"); // getting dressed
        assertThat(onFx(() -> kiosk.lookupOnFx("activities-next").isDisabled())).isTrue();
        robot.clickOn("#activity-other");
        FxKiosk.waitFor(() -> visible("activity-typed"));
        for (String key : new String[] {"G", "O", "L", "F"}) {
            robot.clickOn("#key-" + key);
        }
        assertThat(text("activity-typed")).isEqualTo("Golf▏");
        robot.clickOn("#activity-add");
        FxKiosk.waitFor(() -> visible("progress-activities"));
        assertThat(text("activity-12")).isEqualTo("Golf");
        assertThat(visible("activity-other")).as("three chosen: no fourth").isFalse();
        robot.clickOn("#activities-next");

        FxKiosk.waitFor(() -> text("progress-activity").endsWith("Walking"));
        assertThat(text("progress-activity")).isEqualTo("How well can you do this now? Walking");
        robot.clickOn("#progress-rate-3");
        FxKiosk.waitFor(() -> text("progress-activity").endsWith("Getting dressed"));
        robot.clickOn("#progress-rate-5");
        FxKiosk.waitFor(() -> text("progress-activity").endsWith("Golf"));
        robot.clickOn("#progress-rate-8");

        FxKiosk.waitFor(() -> visible("pain-answered"));
        assertThat(onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("pain-answered"))))
                .contains("Thank you — enjoy your session!");
        kiosk.drainBackground();
        assertThat(new JdbcOutcomeStore(kiosk.db, kiosk.clock).answers(kiosk.annaId)).singleElement()
                .satisfies(a -> {
                    assertThat(a.timepoint()).isEqualTo(Timepoint.BASELINE);
                    assertThat(a.pain()).isEqualTo(6);
                    assertThat(a.activities()).containsExactly(new ActivityRating("Walking", 3),
                            new ActivityRating("Getting dressed", 5), new ActivityRating("Golf", 8));
                });
        assertThat(kiosk.gym.storedPainReports()).singleElement().satisfies(r -> assertThat(r.score()).isEqualTo(4));

        // the thank-you goes by itself, and nothing of the check stays in the scene
        kiosk.waitForNode("idle-screen");
        assertThat(onFx(() -> SceneGraph.allTexts(kiosk.scene().getRoot()))).doesNotContain("Golf", "Anna K.");
    }
}
