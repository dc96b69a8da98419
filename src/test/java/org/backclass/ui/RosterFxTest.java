package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FxKiosk.onFx;
import static org.backclass.ui.testing.FxKiosk.waitFor;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Text;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.progress.ExercisePerformed;
import org.backclass.domain.redflag.RedFlagService;
import org.backclass.domain.staff.ActedBy;
import org.backclass.domain.staff.PinHash;
import org.backclass.domain.timetable.TimetableSlot;
import org.backclass.store.JdbcClassResults;
import org.backclass.ui.testing.FxKiosk;
import org.backclass.ui.testing.FxKioskTest;
import org.backclass.ui.testing.SceneGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The instructor's roster, headless: each member's levels at a glance and per exercise, and a red
 * flag cleared after a word with the member, at the smallest and a large screen size.
 */
class RosterFxTest extends FxKioskTest {

    private static final String BERNDS_UID = "8B6566B9";

    private UUID session;
    private UUID bernd;

    /** Anna (no levels yet) and Bernd (levels, a red flag) tapped in for a class on the starter programme. */
    private void classWithARedFlag() {
        Content content = ContentLoader.load(Path.of("kiosk-config"));
        kiosk = new FxKiosk(dir).withInstructor(PinHash.of("2468"), content.catalogue(), content.programmes());
        kiosk.gym.timetable.applyConfiguredTimetable(List.of(new TimetableSlot("starter", "Starter class",
                "starter-routine", DayOfWeek.MONDAY, LocalTime.of(17, 55), "Studio 1", "Eva", 10)),
                id -> Duration.ofMinutes(30));
        bernd = kiosk.gym.memberWithCard("Bernd", "Vogel", BERNDS_UID).id();
        new JdbcClassResults(kiosk.db).recordRoutine(kiosk.clock.instant().minus(Duration.ofDays(2)), List.of(
                new ExercisePerformed(bernd, "bird-dog", 3, Completion.COMPLETED),
                new ExercisePerformed(bernd, "dead-bug", 2, Completion.COMPLETED)));
        var anna = (CheckInOutcome.CheckedIn) kiosk.tap(FxKiosk.ANNAS_CARD);
        session = anna.attendance().classSessionId();
        kiosk.gym.tap(BERNDS_UID);
        kiosk.clock.advance(Duration.ofSeconds(30));
        kiosk.gym.redFlags.record(bernd, null, true);
    }

    private List<String> rosterTexts() {
        return onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("instructor-roster-" + session)));
    }

    private String text(String id) {
        return onFx(() -> ((Labeled) kiosk.lookupOnFx(id)).getText());
    }

    private UUID evasId() {
        return kiosk.db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT id FROM member WHERE staff = 1")) {
                rs.next();
                return UUID.fromString(rs.getString(1));
            }
        });
    }

    private String resolvedBy() {
        return kiosk.db.read(c -> {
            try (var rs = c.createStatement().executeQuery(
                    "SELECT resolved_by FROM red_flag_answer WHERE any_yes = 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
    }

    @Test
    void theInstructorSeesLevelsAndClearsARedFlagAfterSpeakingToTheMember() {
        classWithARedFlag();
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");

        // when Eva unlocks with her staff card
        kiosk.tap(FxKiosk.STAFF_CARD);
        kiosk.waitForNode("roster-clear-" + bernd);

        // then each line has the member's levels at a glance, and Bernd's red flag a way to clear it
        assertThat(text("roster-levels-" + kiosk.annaId)).isEqualTo("level 1 ▸");
        assertThat(text("roster-levels-" + bernd)).isEqualTo("levels 1–3 ▸");
        assertThat(rosterTexts()).contains("⚠ speak to them before exercising", "Spoken with them — clear");
        assertThat(kiosk.lookup("roster-levels-detail-" + bernd)).isNull();

        // when the instructor taps Bernd's line, each exercise shows with its level, by name
        robot.clickOn("#roster-levels-" + bernd);
        kiosk.waitForNode("roster-levels-detail-" + bernd);
        assertThat(onFx(() -> labelTexts(kiosk.lookupOnFx("roster-levels-detail-" + bernd))))
                .containsExactly("Cat–cow: level 1", "Abdominal bracing to dead bug: level 2", "Bird-dog: level 3",
                        "Glute bridge to single-leg bridge: level 1");
        assertThat(text("roster-levels-" + bernd)).isEqualTo("levels 1–3 ▾");

        // when the instructor has spoken to Bernd: one tap, then one confirming tap
        robot.clickOn("#roster-clear-" + bernd);
        kiosk.waitForNode("roster-confirm-" + bernd);
        assertThat(text("roster-confirm-" + bernd)).isEqualTo("Clear the flag for Bernd V.?");
        assertThat(kiosk.lookup("roster-levels-detail-" + bernd)).as("the button's tap is not the line's")
                .isNotNull();
        assertThat(kiosk.gym.redFlags.openFor(List.of(bernd))).as("nothing before the confirming tap")
                .containsExactly(bernd);
        robot.clickOn("#roster-clear-yes-" + bernd);

        // then the flag is gone from the roster and stored as cleared by Eva
        waitFor(() -> kiosk.lookup("roster-row-" + bernd) != null && kiosk.lookup("roster-clear-" + bernd) == null
                && kiosk.lookup("roster-confirm-" + bernd) == null);
        assertThat(rosterTexts()).noneMatch(t -> t.contains("speak to them")).contains("Bernd V.");
        assertThat(kiosk.gym.redFlags.openFor(List.of(bernd))).isEmpty();
        assertThat(resolvedBy()).isEqualTo(evasId().toString());
    }

    @Test
    void notYetKeepsTheFlag() {
        classWithARedFlag();
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");
        kiosk.tap(FxKiosk.STAFF_CARD);
        kiosk.waitForNode("roster-clear-" + bernd);

        robot.clickOn("#roster-clear-" + bernd);
        kiosk.waitForNode("roster-clear-no-" + bernd);
        robot.clickOn("#roster-clear-no-" + bernd);

        kiosk.waitForNode("roster-clear-" + bernd);
        assertThat(kiosk.lookup("roster-confirm-" + bernd)).isNull();
        assertThat(rosterTexts()).contains("⚠ speak to them before exercising");
        assertThat(kiosk.gym.redFlags.openFor(List.of(bernd))).containsExactly(bernd);
    }

    @Test
    void aFlagClearedElsewhereLeavesAnOpenRosterAtOnce() {
        classWithARedFlag();
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");
        kiosk.tap(FxKiosk.STAFF_CARD);
        kiosk.waitForNode("roster-clear-" + bernd);

        // cleared through the API (here: the same service the API handler calls), on another thread
        new RedFlagService(kiosk.gym.redFlags, kiosk.events).resolve(bernd, ActedBy.API);

        waitFor(() -> kiosk.lookup("roster-row-" + bernd) != null && kiosk.lookup("roster-clear-" + bernd) == null);
        assertThat(rosterTexts()).noneMatch(t -> t.contains("speak to them"));
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"800, 480, en", "800, 480, de", "1280, 800, en", "1280, 800, de"})
    void theRosterWithLevelsOpenAndAConfirmationFitsEveryButtonIsATouchTargetAndNoTextIsCut(int width,
            int height, String language) {
        classWithARedFlag();
        KioskUi ui = kiosk.create(FxKiosk.windowed(Locale.of(language), Duration.ofSeconds(20), width, height));
        onFx(() -> ui.createScene(width, height));
        kiosk.tap(FxKiosk.STAFF_CARD);
        waitForLaidOut("roster-clear-" + bernd);

        onFx(() -> {
            Event.fireEvent(kiosk.lookupOnFx("roster-row-" + bernd), click());
            return null;
        });
        waitForLaidOut("roster-levels-detail-" + bernd);
        assertThat(problemsOnTheRoster(width)).as("levels open, the flag with its button").isEmpty();
        onFx(() -> {
            ((Button) kiosk.lookupOnFx("roster-clear-" + bernd)).fire();
            return null;
        });
        waitForLaidOut("roster-clear-yes-" + bernd);

        assertThat(problemsOnTheRoster(width)).as("levels open, asking to confirm").isEmpty();
        assertThat(rosterTexts()).contains("Bernd V.",
                language.equals("de") ? "Hinweis für Bernd V. aufheben?" : "Clear the flag for Bernd V.?",
                language.equals("de") ? "Vierfüßler-Diagonale (Bird-Dog): Stufe 3" : "Bird-dog: level 3");
    }

    private List<String> problemsOnTheRoster(int width) {
        return onFx(() -> {
            Parent root = kiosk.scene().getRoot();
            root.applyCss();
            root.layout();
            List<String> found = new ArrayList<>();
            SceneGraph.walk(kiosk.lookupOnFx("instructor-roster-" + session), true, node -> check(node, width, found));
            return found;
        });
    }

    /** Without a window no pulse lays the scene out (a scroll pane's content appears with its skin): do it here. */
    private void waitForLaidOut(String id) {
        waitFor(() -> onFx(() -> {
            kiosk.scene().getRoot().applyCss();
            kiosk.scene().getRoot().layout();
            return kiosk.lookupOnFx(id) != null;
        }));
    }

    /** Labeled controls' own texts, without their skins' copies. */
    private static List<String> labelTexts(Node root) {
        List<String> texts = new ArrayList<>();
        SceneGraph.walk(root, false, node -> {
            if (node instanceof Labeled l) {
                texts.add(l.getText());
            }
        });
        return texts;
    }

    /** Buttons are 64 px or more; labels lie inside the width and show their whole text. */
    private static void check(Node node, int width, List<String> problems) {
        Bounds b = node.localToScene(node.getLayoutBounds());
        if (node instanceof Button button && (button.getWidth() < 64 || button.getHeight() < 64)) {
            problems.add(button.getId() + " is " + button.getWidth() + "x" + button.getHeight());
        }
        if (node instanceof Labeled label) {
            if (b.getMinX() < -0.5 || b.getMaxX() > width + 0.5) {
                problems.add("'" + label.getText() + "' reaches outside the width: " + b);
            }
            String shown = label.getChildrenUnmodifiable().stream().filter(Text.class::isInstance)
                    .map(t -> ((Text) t).getText()).findFirst().orElse(label.getText());
            if (!shown.replace("\n", " ").strip().equals(label.getText().strip())
                    && !shown.replace("\n", "").equals(label.getText().replace(" ", ""))) {
                problems.add("'" + label.getText() + "' is cut to '" + shown + "'");
            }
        }
    }

    private static MouseEvent click() {
        return new MouseEvent(MouseEvent.MOUSE_CLICKED, 0, 0, 0, 0, MouseButton.PRIMARY, 1, false, false, false,
                false, true, false, false, true, false, false, null);
    }
}
