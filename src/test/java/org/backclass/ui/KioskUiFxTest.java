package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.backclass.ui.testing.FxKiosk.onFx;
import static org.backclass.ui.testing.FxKiosk.waitFor;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Labeled;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.CheckInUnavailableException;
import org.backclass.ui.support.Messages;
import org.backclass.ui.testing.FxKiosk;
import org.backclass.ui.testing.SceneGraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The kiosk UI end to end, headless: real card taps through the real check-in service and SQLite. */
class KioskUiFxTest {

    @TempDir
    Path dir;
    private FxKiosk kiosk;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // starts JavaFX once per JVM; never Platform.exit()
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
    void welcomeShowsShortNameClassAndSessionAndTheTappedScoreIsStored() {
        // given
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));

        // when Anna taps her card
        CheckInOutcome outcome = kiosk.tap(FxKiosk.ANNAS_CARD);
        kiosk.waitForNode("welcome-screen");

        // then
        assertThat(outcome).isInstanceOf(CheckInOutcome.CheckedIn.class);
        assertThat(text("welcome-name")).isEqualTo(FxKiosk.SHORT_NAME);
        assertThat(text("welcome-class")).isEqualTo("Back Basics at 18:00, Studio 2");
        assertThat(text("welcome-session")).isEqualTo("Session 1");
        assertThat(textsOnScreen()).noneMatch(t -> t.contains("Kowalski"));

        // when she taps 4
        robot.clickOn("#pain-4");

        // then a pain report with score 4 is stored for her check-in
        var attendanceId = ((CheckInOutcome.CheckedIn) outcome).attendance().id().toString();
        waitFor(() -> !painReports().isEmpty());
        assertThat(painReports()).containsExactly(Map.of("score", 4, "attendance", attendanceId,
                "member", kiosk.annaId.toString(), "context", "checkIn"));
    }

    @Test
    void afterTheIdleTimeoutNoTextAnywhereContainsTheName() {
        // given a short idle timeout
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofMillis(300), 1024, 600));
        kiosk.tap(FxKiosk.ANNAS_CARD);
        kiosk.waitForNode("welcome-screen");
        assertThat(textsOnScreen()).anyMatch(t -> t.contains("Anna"));

        // when the timeout passes
        kiosk.waitForNode("idle-screen");

        // then the welcome screen is gone from the scene graph and nothing names her
        assertThat(kiosk.lookup("welcome-screen")).isNull();
        assertThat(textsOnScreen()).noneMatch(t -> t.contains("Anna") || t.contains("Kowalski"));
    }

    @Test
    void idleShowsClockTodaysClassesAndATip() {
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));

        kiosk.waitForNode("idle-screen");
        waitFor(() -> onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("idle-classes")).contains("Back Basics")));

        assertThat(text("idle-clock")).isEqualTo("17:55");
        assertThat(onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("idle-classes")))).contains("18:00", "Studio 2");
        assertThat(Messages.load(Locale.ENGLISH).tips()).contains(text("idle-tip"));
        assertThat(text("idle-prompt")).isEqualTo("Tap your card");
    }

    @Test
    void anUnknownCardGetsACalmMessageWithoutTheCardNumber() {
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));

        kiosk.tap(FxKiosk.UNKNOWN_CARD);
        kiosk.waitForNode("unknown-card-screen");

        List<String> texts = textsOnScreen();
        assertThat(texts).contains("We don’t recognise this card");
        assertThat(texts).noneMatch(t -> t.contains("11223344") || t.contains("A:"));
    }

    @Test
    void aSecondTapForTheSameClassSaysAlreadyCheckedIn() {
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.tap(FxKiosk.ANNAS_CARD);
        kiosk.waitForNode("welcome-screen");

        kiosk.clock.advance(Duration.ofSeconds(30)); // past the reader's repeat window
        kiosk.tap(FxKiosk.ANNAS_CARD);
        kiosk.waitForNode("already-screen");

        assertThat(kiosk.lookup("welcome-screen")).isNull();
        assertThat(textsOnScreen()).contains("You’re already checked in",
                "for Back Basics at 18:00 — see you on the mat, Anna\u00A0K.");
    }

    @Test
    void aCheckInThatCannotBeStoredAsksToTapAgain() {
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.db.close();

        assertThatThrownBy(() -> kiosk.tap(FxKiosk.ANNAS_CARD)).isInstanceOf(CheckInUnavailableException.class);
        kiosk.waitForNode("checkin-failed-screen");

        assertThat(textsOnScreen()).contains("Something went wrong")
                .noneMatch(t -> t.contains("Exception") || t.contains("database"));
    }

    @Test
    void germanLocaleShowsGermanText() {
        kiosk.show(FxKiosk.windowed(Locale.GERMAN, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");
        assertThat(text("idle-prompt")).isEqualTo("Karte bitte auflegen");

        kiosk.tap(FxKiosk.ANNAS_CARD);
        kiosk.waitForNode("welcome-screen");

        assertThat(textsOnScreen()).contains("Willkommen,", "Wie geht es Ihrem Rücken heute?");
        assertThat(text("welcome-class")).isEqualTo("Back Basics um 18:00 Uhr, Studio 2");
        assertThat(text("welcome-session")).isEqualTo("Einheit 1");
        assertThat(text("pain-skip")).isEqualTo("Überspringen");
    }

    @Test
    void skipReturnsToIdleAtOnce() {
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.tap(FxKiosk.ANNAS_CARD);
        kiosk.waitForNode("welcome-screen");

        robot.clickOn("#pain-skip");

        kiosk.waitForNode("idle-screen");
        assertThat(painReports()).isEmpty();
    }

    private String text(String id) {
        return onFx(() -> ((Labeled) kiosk.lookup(id)).getText());
    }

    private List<String> textsOnScreen() {
        return onFx(() -> SceneGraph.allTexts(kiosk.scene().getRoot()));
    }

    private List<Map<String, Object>> painReports() {
        return kiosk.db.read(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery(
                    "SELECT score, attendance_id, member_id, context FROM pain_report")) {
                List<Map<String, Object>> rows = new java.util.ArrayList<>();
                while (rs.next()) {
                    rows.add(Map.of("score", rs.getInt(1), "attendance", rs.getString(2),
                            "member", rs.getString(3), "context", rs.getString(4)));
                }
                return rows;
            }
        });
    }

}
