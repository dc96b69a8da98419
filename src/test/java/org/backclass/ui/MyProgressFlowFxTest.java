package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FxKiosk.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.testing.PastSessions;
import org.backclass.ui.testing.FxKiosk;
import org.backclass.ui.testing.FxKioskTest;
import org.backclass.ui.testing.SceneGraph;
import org.junit.jupiter.api.Test;

/**
 * "My progress", headless: a member opens their own progress after their tap — the change in
 * plain words, the chart, the calendar and their levels — and nothing of it stays on the screen
 * once they are done, the idle time has passed, or another member taps.
 */
class MyProgressFlowFxTest extends FxKioskTest {

    private static final LocalDate MON_3 = LocalDate.of(2025, 3, 3);
    private static final LocalDate THU_6 = LocalDate.of(2025, 3, 6);

    private void annasCourseAndAKiosk(Duration idleTimeout) {
        Content content = ContentLoader.load(Path.of("kiosk-config"));
        kiosk = new FxKiosk(dir).withInstructor(null, content.catalogue(), content.programmes());
        PastSessions past = new PastSessions(kiosk.gym);
        past.classOn(MON_3, FxKiosk.ANNAS_UID, 6, 4, Map.of("bird-dog", 1));
        past.classOn(THU_6, FxKiosk.ANNAS_UID, 3, 2, Map.of("bird-dog", 2));
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, idleTimeout, 1024, 600));
        kiosk.waitForNode("idle-screen");
    }

    /** Anna taps in, skips the morning-after question and answers today's pain with 3. */
    private void annaTapsInAndAnswers() {
        assertThat(kiosk.tap(FxKiosk.ANNAS_CARD)).isInstanceOf(CheckInOutcome.CheckedIn.class);
        kiosk.waitForNode("welcome-screen");
        assertThat(onFx(() -> kiosk.lookupOnFx("my-progress-open").isVisible()))
                .as("not offered while questions are asked").isFalse();
        robot.clickOn("#pain-skip"); // the morning after last time
        robot.clickOn("#pain-3");
        FxKiosk.waitFor(() -> onFx(() -> kiosk.lookupOnFx("my-progress-open").isVisible()));
    }

    /** Waits until no text on the screen (labels and what their skins draw) contains any of these. */
    private void waitUntilTheScreenShowsNone(String... parts) {
        FxKiosk.waitFor(() -> onFx(() -> SceneGraph.allTexts(kiosk.scene().getRoot()).stream()
                .noneMatch(t -> List.of(parts).stream().anyMatch(t::contains))));
    }

    @Test
    void theMemberSeesTheirChangeChartCalendarAndLevelsAndDoneClearsIt() {
        annasCourseAndAKiosk(Duration.ofSeconds(20));
        annaTapsInAndAnswers();

        robot.clickOn("#my-progress-open");
        kiosk.waitForNode("my-progress-screen");
        FxKiosk.waitFor(() -> onFx(() -> !((Label) kiosk.lookupOnFx("my-progress-change")).getText().isEmpty()));

        assertThat(onFx(() -> ((Label) kiosk.lookupOnFx("my-progress-name")).getText())).isEqualTo("Anna K.");
        assertThat(onFx(() -> ((Label) kiosk.lookupOnFx("my-progress-change")).getText()))
                .isEqualTo("Your back pain is 3 points lower than when you started — that is a real improvement.");
        assertThat(onFx(() -> kiosk.lookupOnFx("my-progress-chart").isVisible())).isTrue();
        assertThat(onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("my-progress-levels"))))
                .anySatisfy(t -> assertThat(t).contains("level 2 of"));
        assertThat(onFx(() -> ((Label) kiosk.lookupOnFx("my-progress-sessions")).getText())).startsWith("3 sessions");

        robot.clickOn("#my-progress-done");
        kiosk.waitForNode("idle-screen");
        waitUntilTheScreenShowsNone("Anna", "points lower");
    }

    @Test
    void theIdleTimeClearsTheProgressFromTheScreen() {
        annasCourseAndAKiosk(Duration.ofSeconds(3));
        annaTapsInAndAnswers();
        robot.clickOn("#my-progress-open");
        kiosk.waitForNode("my-progress-screen");

        kiosk.waitForNode("idle-screen");

        waitUntilTheScreenShowsNone("Anna", "points lower");
    }

    @Test
    void anotherMembersTapReplacesTheProgressAndTheyAreOfferedTheirOwn() {
        annasCourseAndAKiosk(Duration.ofSeconds(20));
        kiosk.gym.memberWithCard("Bernd", "Vogel", "04B0B0B0B0B0B0");
        annaTapsInAndAnswers();
        robot.clickOn("#my-progress-open");
        kiosk.waitForNode("my-progress-screen");

        kiosk.clock.advance(Duration.ofSeconds(30));
        assertThat(kiosk.tap(org.backclass.domain.card.CardKey.iso14443a(
                java.util.HexFormat.of().parseHex("04B0B0B0B0B0B0")))).isInstanceOf(CheckInOutcome.CheckedIn.class);
        kiosk.waitForNode("welcome-screen");

        waitUntilTheScreenShowsNone("Anna", "points lower");
        assertThat(onFx(() -> ((Label) kiosk.lookupOnFx("welcome-name")).getText())).isEqualTo("Bernd V.");
    }

    @Test
    void aSecondTapOfTheSameCardOffersMyProgressAtOnce() {
        annasCourseAndAKiosk(Duration.ofSeconds(20));
        annaTapsInAndAnswers();
        robot.clickOn("#welcome-screen"); // still on her welcome; she leaves and comes back later
        kiosk.clock.advance(Duration.ofMinutes(2));

        assertThat(kiosk.tap(FxKiosk.ANNAS_CARD)).isInstanceOf(CheckInOutcome.AlreadyCheckedIn.class);
        kiosk.waitForNode("already-screen");

        FxKiosk.waitFor(() -> onFx(() -> kiosk.lookupOnFx("my-progress-open").isVisible()));
        robot.clickOn("#my-progress-open");
        kiosk.waitForNode("my-progress-screen");
        assertThat(onFx(() -> ((Label) kiosk.lookupOnFx("my-progress-name")).getText())).isEqualTo("Anna K.");
    }
}
