package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FxKiosk.onFx;
import static org.backclass.ui.testing.FxKiosk.waitFor;
import static org.backclass.ui.testing.UiTestContext.START;
import static org.backclass.ui.testing.UiTestContext.today;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.member.Member;
import org.backclass.domain.progress.Completion;
import org.backclass.domain.progress.ExercisePerformed;
import org.backclass.domain.progress.LevelChange;
import org.backclass.domain.progress.LevelDecision;
import org.backclass.domain.staff.PinHash;
import org.backclass.domain.timetable.TimetableSlot;
import org.backclass.store.JdbcClassResults;
import org.backclass.store.JdbcLevelDecisions;
import org.backclass.ui.testing.FxKiosk;
import org.backclass.ui.testing.FxKioskTest;
import org.backclass.ui.testing.SceneGraph;
import org.junit.jupiter.api.Test;

/**
 * Progression proposals end to end, headless: a class is led and ended, a member says how it
 * went, the instructor reviews the levels (confirm one, change one, reject one) and the next
 * class starts those members at the levels decided.
 */
class LevelReviewFlowFxTest extends FxKioskTest {

    private static final String PROGRAMME = "starter-routine";
    private static final String BERNDS_UID = "8B6566B9";

    private UUID bernd;

    private static String row(UUID member, String exercise) {
        return member + "-" + exercise;
    }

    /** Fires a button of the review list, which may lie below the fold of its scroll pane. */
    private void press(String id) {
        kiosk.waitForNode(id);
        onFx(() -> {
            ((Button) kiosk.lookupOnFx(id)).fire();
            return null;
        });
    }

    private String textOf(String id) {
        return onFx(() -> ((Labeled) kiosk.lookupOnFx(id)).getText());
    }

    /** Taps in Anna and Bernd for the class starting at {@code hour:minute}; its session. */
    private UUID bothTapIn(int hour, int minute) {
        kiosk.clock.set(today(hour, minute).minus(Duration.ofMinutes(5)));
        var anna = (CheckInOutcome.CheckedIn) kiosk.tap(FxKiosk.ANNAS_CARD);
        kiosk.clock.advance(Duration.ofSeconds(10));
        assertThat(kiosk.gym.tap(BERNDS_UID)).isInstanceOf(CheckInOutcome.CheckedIn.class);
        return anna.attendance().classSessionId();
    }

    /** The staff card opens instructor mode; the class is led and ended at once; "how was it?" follows. */
    private void leadAndEnd(UUID session) {
        kiosk.clock.advance(Duration.ofSeconds(10));
        kiosk.tap(FxKiosk.STAFF_CARD);
        kiosk.waitForNode("instructor-start-" + session);
        robot.clickOn("#instructor-start-" + session);
        kiosk.waitForNode("player-screen");
        robot.clickOn("#player-end");
        kiosk.waitForNode("after-class-screen");
    }

    private List<String> levelsDoneIn(UUID session) {
        return kiosk.db.read(c -> {
            try (var st = c.prepareStatement("""
                    SELECT m.first_name, r.exercise_id, r.level FROM exercise_record r JOIN member m ON m.id = r.member_id
                    WHERE r.class_session_id = ? ORDER BY m.first_name, r.exercise_id""")) {
                st.setString(1, session.toString());
                try (var rs = st.executeQuery()) {
                    List<String> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1) + " " + rs.getString(2) + " L" + rs.getInt(3));
                    }
                    return out;
                }
            }
        });
    }

    @Test
    void theInstructorConfirmsChangesAndRejectsAndTheNextClassStartsAtTheDecidedLevels() {
        Content content = ContentLoader.load(Path.of("kiosk-config"));
        kiosk = new FxKiosk(dir).withInstructor(PinHash.of("2468"), content.catalogue(), content.programmes());
        kiosk.gym.timetable.applyConfiguredTimetable(List.of(
                new TimetableSlot("starter", "Starter class", PROGRAMME, DayOfWeek.MONDAY, LocalTime.of(18, 15),
                        "Studio 1", "Eva", 10),
                new TimetableSlot("starter-late", "Starter class", PROGRAMME, DayOfWeek.MONDAY, LocalTime.of(19, 15),
                        "Studio 1", "Eva", 10)), id -> Duration.ofMinutes(30));
        bernd = kiosk.gym.memberWithCard("Bernd", "Vogel", BERNDS_UID).id();
        UUID eva = kiosk.gym.members.listWithCards().stream().filter(Member::staff).findFirst().orElseThrow().id();
        // last week's routines: the levels they start at
        new JdbcClassResults(kiosk.db).recordRoutine(START.minus(Duration.ofDays(7)), List.of(
                new ExercisePerformed(kiosk.annaId, "bird-dog", 2, Completion.COMPLETED),
                new ExercisePerformed(kiosk.annaId, "dead-bug", 2, Completion.COMPLETED),
                new ExercisePerformed(bernd, "bird-dog", 3, Completion.COMPLETED)));
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");

        // the 18:15 class (the day’s other class, Back Basics at 18:00, has no programme) is led and ended; Anna says her back is at 7 now (red)
        UUID first = bothTapIn(18, 15);
        leadAndEnd(first);
        kiosk.tap(FxKiosk.ANNAS_CARD);
        waitFor(() -> onFx(() -> kiosk.lookupOnFx("after-pain-7").isVisible()));
        robot.clickOn("#after-pain-7");
        robot.clickOn("#after-effort-5");
        kiosk.tap(FxKiosk.ANNAS_CARD);
        waitFor(() -> textOf("after-message").equals("Thank you, Anna K.! See you next time."));
        robot.clickOn("#after-done");
        kiosk.waitForNode("idle-screen");

        // the staff card opens instructor mode, which offers the review
        kiosk.clock.advance(Duration.ofMinutes(1));
        kiosk.tap(FxKiosk.STAFF_CARD);
        kiosk.waitForNode("instructor-screen");
        waitFor(() -> onFx(() -> kiosk.lookupOnFx("instructor-review").isVisible()));
        robot.clickOn("#instructor-review");
        kiosk.waitForNode("review-screen");
        String annasBirdDog = row(kiosk.annaId, "bird-dog");
        kiosk.waitForNode("review-row-" + annasBirdDog);
        assertThat(textOf("review-title")).isEqualTo("Levels after Starter class, 18:15");
        List<String> texts = onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("review-row-" + annasBirdDog)));
        assertThat(texts).contains("Anna K.", "Bird-dog", "level 2 → 1", "Pain was in the red zone");
        List<String> all = onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("review-rows")));
        assertThat(all).as("own-level exercises only; warm-ups at a fixed level get no proposal")
                .contains(content.catalogue().find("cat-cow").orElseThrow().name().en())
                .doesNotContain(content.catalogue().find("marching").orElseThrow().name().en())
                .noneMatch(t -> t.contains("Vogel") || t.contains("Kowalski"));
        assertTouchTargets();

        // confirm one, change one (two taps: Change, then the level), reject one
        robot.clickOn("#review-confirm-" + annasBirdDog);
        waitFor(() -> kiosk.lookup("review-outcome-" + annasBirdDog) != null
                && textOf("review-outcome-" + annasBirdDog).equals("Confirmed: level 1"));
        assertThat(kiosk.lookup("review-confirm-" + annasBirdDog)).as("decided once").isNull();
        String berndsBirdDog = row(bernd, "bird-dog");
        press("review-change-" + berndsBirdDog);
        press("review-level-" + berndsBirdDog + "-4");
        String annasDeadBug = row(kiosk.annaId, "dead-bug");
        press("review-reject-" + annasDeadBug);
        waitFor(() -> kiosk.lookup("review-outcome-" + berndsBirdDog) != null
                && textOf("review-outcome-" + berndsBirdDog).equals("Changed: level 4"));
        waitFor(() -> kiosk.lookup("review-outcome-" + annasDeadBug) != null
                && textOf("review-outcome-" + annasDeadBug).equals("Rejected: stays at level 2"));
        List<LevelChange> decided = new JdbcLevelDecisions(kiosk.db).forSession(first);
        assertThat(decided).extracting(LevelChange::decision).containsExactly(LevelDecision.CONFIRMED,
                LevelDecision.CHANGED, LevelDecision.REJECTED);
        assertThat(decided).allSatisfy(d -> assertThat(d.decidedBy().staffMemberId()).isEqualTo(eva));

        // back on today's classes, then the 19:15 class: they start at the levels decided
        robot.clickOn("#review-back");
        kiosk.waitForNode("instructor-screen");
        UUID next = bothTapIn(19, 15);
        leadAndEnd(next);
        robot.clickOn("#after-done");
        kiosk.waitForNode("idle-screen");
        kiosk.drainBackground();
        assertThat(levelsDoneIn(next)).contains("Anna bird-dog L1", "Anna dead-bug L2", "Bernd bird-dog L4");
    }

    @Test
    void unlockedWithThePinTheDecisionIsRecordedAsThePinsAndConfirmAllHoldsDecidesTheRest() {
        Content content = ContentLoader.load(Path.of("kiosk-config"));
        kiosk = new FxKiosk(dir).withInstructor(PinHash.of("2468"), content.catalogue(), content.programmes());
        // the 18:00 class was closed a while ago with what Anna did (no answers: every proposal holds)
        var anna = (CheckInOutcome.CheckedIn) kiosk.tap(FxKiosk.ANNAS_CARD);
        UUID session = anna.attendance().classSessionId();
        new JdbcClassResults(kiosk.db).closeSession(session, today(18, 50), List.of(
                new ExercisePerformed(kiosk.annaId, "bird-dog", 2, Completion.COMPLETED),
                new ExercisePerformed(kiosk.annaId, "side-plank", 1, Completion.PARTIAL)));
        kiosk.clock.set(today(19, 0));
        kiosk.show(FxKiosk.windowed(Locale.GERMAN, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");

        robot.clickOn("#idle-instructor");
        kiosk.waitForNode("pin-screen");
        for (String d : List.of("2", "4", "6", "8")) {
            robot.clickOn("#pin-" + d);
        }
        robot.clickOn("#pin-ok");
        kiosk.waitForNode("instructor-screen");
        waitFor(() -> onFx(() -> kiosk.lookupOnFx("instructor-review").isVisible()));
        robot.clickOn("#instructor-review");
        String birdDog = row(kiosk.annaId, "bird-dog");
        kiosk.waitForNode("review-row-" + birdDog);
        assertThat(textOf("review-title")).isEqualTo("Stufen nach Back Basics, 18:00");
        assertThat(onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("review-row-" + birdDog))))
                .contains("bleibt auf Stufe 2", "Keine Schmerzangabe nach dem Kurs");

        robot.clickOn("#review-reject-" + birdDog);
        waitFor(() -> kiosk.lookup("review-outcome-" + birdDog) != null);
        robot.clickOn("#review-confirm-holds");
        String sidePlank = row(kiosk.annaId, "side-plank");
        waitFor(() -> kiosk.lookup("review-outcome-" + sidePlank) != null
                && textOf("review-outcome-" + sidePlank).equals("Bestätigt: Stufe 1"));
        waitFor(() -> !onFx(() -> kiosk.lookupOnFx("review-confirm-holds").isVisible()));

        List<LevelChange> decided = new JdbcLevelDecisions(kiosk.db).forSession(session);
        assertThat(decided).extracting(d -> d.exerciseId() + " " + d.decision() + " " + d.decidedBy().stored())
                .containsExactly("bird-dog REJECTED PIN", "side-plank CONFIRMED PIN");
    }

    /** Every visible button of the review screen is a touch target of at least 64 × 64 px. */
    private void assertTouchTargets() {
        List<String> small = onFx(() -> {
            List<String> out = new ArrayList<>();
            kiosk.scene().getRoot().applyCss();
            kiosk.scene().getRoot().layout();
            SceneGraph.walk(kiosk.lookupOnFx("review-screen"), true, node -> {
                if (node instanceof Button b && (b.getWidth() < 64 || b.getHeight() < 64)) {
                    out.add(b.getId() + " " + b.getWidth() + "x" + b.getHeight());
                }
            });
            return out;
        });
        assertThat(small).isEmpty();
    }
}
