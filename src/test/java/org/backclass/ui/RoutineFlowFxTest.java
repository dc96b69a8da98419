package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FxKiosk.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.progress.ExercisePerformed;
import org.backclass.store.JdbcClassResults;
import org.backclass.ui.testing.FxKiosk;
import org.backclass.ui.testing.FxKioskTest;
import org.backclass.ui.testing.SceneGraph;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.Test;

/** "Start my routine", headless: a member with no class leads themselves at their own levels. */
class RoutineFlowFxTest extends FxKioskTest {

    @Test
    void aMemberWithNoClassStartsTheirRoutineAtTheirLevelsAndItIsRecordedWithoutAClass() {
        Content content = ContentLoader.load(Path.of("kiosk-config"));
        kiosk = new FxKiosk(dir).withInstructor(null, content.catalogue(), content.programmes());
        JdbcClassResults results = new JdbcClassResults(kiosk.db);
        // Anna did cat-cow at level 3 last week
        results.recordRoutine(UiTestContext.START.minus(Duration.ofDays(7)),
                List.of(new ExercisePerformed(kiosk.annaId, "cat-cow", 3, Completion.COMPLETED)));
        kiosk.clock.set(UiTestContext.today(12, 0)); // hours before the day's only class
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");

        assertThat(kiosk.tap(FxKiosk.ANNAS_CARD)).isInstanceOfSatisfying(CheckInOutcome.CheckedIn.class,
                in -> assertThat(in.session()).isNull());
        kiosk.waitForNode("welcome-screen");
        robot.clickOn("#pain-skip");
        FxKiosk.waitFor(() -> onFx(() -> kiosk.lookupOnFx("welcome-routine").isVisible()));
        robot.clickOn("#welcome-routine");

        kiosk.waitForNode("player-screen");
        String firstExercise = content.catalogue().find("marching").orElseThrow().name().en();
        assertThat(onFx(() -> ((javafx.scene.control.Label) kiosk.lookupOnFx("player-name")).getText()))
                .isEqualTo(firstExercise);
        assertThat(onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("player-strip")))).contains("Anna K.");
        robot.clickOn("#player-end");
        kiosk.waitForNode("after-class-screen"); // "how was it?" for the class
        robot.clickOn("#after-done");
        kiosk.waitForNode("idle-screen");
        kiosk.drainBackground();

        List<String> routine = kiosk.db.read(c -> {
            try (var st = c.prepareStatement("""
                    SELECT exercise_id, level FROM exercise_record
                    WHERE member_id = ? AND class_session_id IS NULL AND recorded_at = ? ORDER BY exercise_id""")) {
                st.setString(1, kiosk.annaId.toString());
                st.setLong(2, kiosk.clock.instant().toEpochMilli());
                try (var rs = st.executeQuery()) {
                    List<String> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1) + " L" + rs.getInt(2));
                    }
                    return out;
                }
            }
        });
        assertThat(routine).contains("cat-cow L3", "bird-dog L1", "marching L2", "childs-pose L1");
    }
}
