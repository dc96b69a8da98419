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
import org.backclass.config.content.Content;
import org.backclass.config.content.ContentLoader;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.programme.ProgrammeItem;
import org.backclass.domain.staff.PinHash;
import org.backclass.domain.timetable.TimetableSlot;
import org.backclass.ui.testing.FxKiosk;
import org.backclass.ui.testing.FxKioskTest;
import org.backclass.ui.testing.SceneGraph;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.Test;

/** Instructor mode end to end, headless: PIN, roster, a real programme in the player, results in SQLite. */
class InstructorFlowFxTest extends FxKioskTest {
    private static final String PROGRAMME = "starter-routine";
    private static final String BERNDS_UID = "8B6566B9";


    private Programme programme;
    private UUID bernd;

    /** A class starting now that follows a real programme, and two members tapped in with a pain answer. */
    private UUID classWithTwoMembersTappedIn() {
        Content content = ContentLoader.load(Path.of("kiosk-config"));
        programme = content.programmes().stream().filter(p -> p.id().equals(PROGRAMME)).findFirst().orElseThrow();
        kiosk = new FxKiosk(dir).withInstructor(PinHash.of("2468"), content.catalogue(), content.programmes());
        kiosk.gym.timetable.applyConfiguredTimetable(List.of(new TimetableSlot("starter", "Starter class", PROGRAMME,
                DayOfWeek.MONDAY, LocalTime.of(17, 55), "Studio 1", "Eva", 10)), id -> Duration.ofMinutes(30));
        bernd = kiosk.gym.memberWithCard("Bernd", "Vogel", BERNDS_UID).id();
        var anna = (CheckInOutcome.CheckedIn) kiosk.tap(FxKiosk.ANNAS_CARD);
        UUID session = anna.attendance().classSessionId();
        assertThat(anna.session().programmeId()).isEqualTo(PROGRAMME);
        kiosk.gym.painReports.reportAtCheckIn(kiosk.annaId, anna.attendance().id(), 4);
        var second = (CheckInOutcome.CheckedIn) kiosk.gym.tap(BERNDS_UID);
        kiosk.gym.painReports.reportAtCheckIn(bernd, second.attendance().id(), 6);
        return session;
    }

    private void unlockWithThePin() {
        robot.clickOn("#idle-instructor");
        kiosk.waitForNode("pin-screen");
        for (String d : List.of("2", "4", "6", "8")) {
            robot.clickOn("#pin-" + d);
        }
        robot.clickOn("#pin-ok");
        kiosk.waitForNode("instructor-screen");
    }

    private long exercisesInTheProgramme() {
        return programme.items().stream().filter(i -> i instanceof ProgrammeItem.ExerciseBlock)
                .map(i -> ((ProgrammeItem.ExerciseBlock) i).exerciseId()).distinct().count();
    }

    private List<String> recordedMembers(UUID session) {
        return kiosk.db.read(c -> {
            try (var st = c.prepareStatement("SELECT member_id FROM exercise_record WHERE class_session_id = ?")) {
                st.setString(1, session.toString());
                try (var rs = st.executeQuery()) {
                    List<String> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            }
        });
    }

    private boolean closed(UUID session) {
        return kiosk.gym.timetable.sessionsOn(kiosk.clock.instant().atZone(kiosk.clock.getZone()).toLocalDate())
                .stream().filter(s -> s.id().equals(session)).findFirst().orElseThrow().closed();
    }

    @Test
    void pinRosterStartClassEndEarlyStoresResultsAndClosesTheSession() {
        UUID session = classWithTwoMembersTappedIn();
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");
        assertThat(UiTestContext.START).isEqualTo(kiosk.clock.instant());

        // when the instructor opens the PIN pad and types the PIN
        unlockWithThePin();

        // then the roster shows who tapped in and today's pain
        String roster = "instructor-roster-" + session;
        kiosk.waitForNode(roster);
        List<String> texts = onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx(roster)));
        assertThat(texts).containsSubsequence("Anna K.", "pain 4").containsSubsequence("Bernd V.", "pain 6");
        assertThat(texts).noneMatch(t -> t.contains("Kowalski"));
        // and this kiosk's media/ is empty: the instructor is told which demo files to put there
        List<String> media = onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("instructor-media")));
        assertThat(media.getFirst()).isEqualTo("Demo videos to replace in media/");
        assertThat(media).anyMatch(t -> t.matches("[a-z0-9-]+\\.(mp4|png) is missing: .*"));
        assertThat(media.getLast()).matches("… and \\d+ more \\(see the log\\)");

        // when the class starts, a member's tap does not take the screen
        robot.clickOn("#instructor-start-" + session);
        kiosk.waitForNode("player-screen");
        kiosk.tap(FxKiosk.UNKNOWN_CARD);
        kiosk.drainBackground();
        waitFor(() -> kiosk.lookup("player-screen") != null && kiosk.lookup("unknown-card-screen") == null);

        // when the instructor ends the class early
        robot.clickOn("#player-end");

        // then each member has a record per exercise, the session is closed, and the kiosk is idle
        kiosk.waitForNode("after-class-screen"); // "how was it?" for the class
        robot.clickOn("#after-done");
        kiosk.waitForNode("idle-screen");
        kiosk.drainBackground();
        long exercises = exercisesInTheProgramme();
        List<String> records = recordedMembers(session);
        assertThat(records).hasSize((int) (2 * exercises));
        assertThat(records).filteredOn(kiosk.annaId.toString()::equals).hasSize((int) exercises);
        assertThat(records).filteredOn(bernd.toString()::equals).hasSize((int) exercises);
        assertThat(closed(session)).isTrue();
        assertThat(kiosk.lookup("instructor-screen")).isNull();
    }

    @Test
    void aClassRunningWhenTheKioskStopsKeepsWhatWasDoneAndIsStoredOnce() {
        UUID session = classWithTwoMembersTappedIn();
        KioskUi ui = kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");
        unlockWithThePin();
        kiosk.waitForNode("instructor-start-" + session);
        robot.clickOn("#instructor-start-" + session);
        kiosk.waitForNode("player-screen");
        robot.clickOn("#player-skip");
        // the physical "next" button, pressed on the GPIO thread, skips too
        String before = stepOnScreen();
        Thread gpio = new Thread(ui::nextFromButton, "gpio-test");
        gpio.start();
        waitFor(() -> !stepOnScreen().equals(before));

        // when the kiosk is stopped in the middle of the class (the shutdown's "classes" stage)
        ui.saveRunningClass();

        // then what each member did so far is stored and the session is closed
        long exercises = exercisesInTheProgramme();
        assertThat(recordedMembers(session)).hasSize((int) (2 * exercises));
        assertThat(closed(session)).isTrue();

        // and a class that then ends normally is not stored a second time
        robot.clickOn("#player-end");
        kiosk.waitForNode("after-class-screen"); // "how was it?" for the class
        robot.clickOn("#after-done");
        kiosk.waitForNode("idle-screen");
        kiosk.drainBackground();
        assertThat(recordedMembers(session)).hasSize((int) (2 * exercises));
        ui.saveRunningClass();
        assertThat(recordedMembers(session)).hasSize((int) (2 * exercises));
    }

    @Test
    void aStaffCardUnlocksInstructorModeFromIdleAndFromThePinPadWithoutCheckingIn() {
        UUID session = classWithTwoMembersTappedIn();
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");
        int rows = kiosk.gym.attendanceRows();

        // a staff card at the idle screen opens today's classes with the roster
        assertThat(kiosk.tap(FxKiosk.STAFF_CARD)).isInstanceOf(CheckInOutcome.StaffCard.class);
        kiosk.waitForNode("instructor-screen");
        kiosk.waitForNode("instructor-start-" + session);
        assertThat(kiosk.gym.attendanceRows()).as("a staff card checks nobody in").isEqualTo(rows);

        // a member's tap locks instructor mode again; the staff card on the PIN pad unlocks it
        kiosk.clock.advance(Duration.ofSeconds(5)); // past the same-card repeat window
        kiosk.tap(FxKiosk.ANNAS_CARD);
        kiosk.waitForNode("already-screen");
        assertThat(kiosk.lookup("instructor-screen")).isNull();
        robot.clickOn("#already-screen-ok");
        kiosk.waitForNode("idle-screen");
        robot.clickOn("#idle-instructor");
        kiosk.waitForNode("pin-screen");
        kiosk.tap(FxKiosk.STAFF_CARD);
        kiosk.waitForNode("instructor-screen");
        assertThat(kiosk.lookup("pin-screen")).isNull();
    }

    @Test
    void aRedFlagRaisedWhileTheRosterIsOpenShowsOnItAtOnce() {
        UUID session = classWithTwoMembersTappedIn();
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");
        kiosk.tap(FxKiosk.STAFF_CARD);
        String roster = "instructor-roster-" + session;
        kiosk.waitForNode(roster);
        assertThat(onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx(roster))))
                .noneMatch(t -> t.contains("speak to them"));

        // Bernd answered "yes" (here: stored directly, as another kiosk's answer would be)
        kiosk.gym.redFlags.record(bernd, null, true);
        kiosk.events.publish(new org.backclass.domain.redflag.RedFlagRaised(bernd, "Bernd V."));

        waitFor(() -> onFx(() -> kiosk.lookupOnFx(roster) != null
                && SceneGraph.allTexts(kiosk.lookupOnFx(roster)).contains("⚠ speak to them before exercising")));
    }

    /** What the player shows of the current step: name, kind, set and side. */
    private String stepOnScreen() {
        return onFx(() -> String.join("|", java.util.stream.Stream.of("player-name", "player-kind", "player-set",
                "player-side").map(id -> ((javafx.scene.control.Label) kiosk.lookupOnFx(id)).getText()).toList()));
    }
}
