package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FxKiosk.onFx;
import static org.backclass.ui.testing.FxKiosk.waitFor;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.ui.testing.FxKiosk;
import org.backclass.ui.testing.FxKioskTest;
import org.junit.jupiter.api.Test;

/** Enrolling a card on the kiosk, headless: staff card, tap the new card, type a name, confirm. */
class EnrolFlowFxTest extends FxKioskTest {
    private static final CardKey NEW_CARD = CardKey.iso14443a(HexFormat.of().parseHex("04C0FFEE123480"));


    private String message() {
        return onFx(() -> ((Label) kiosk.lookupOnFx("enrol-message")).getText());
    }

    @Test
    void staffEnrolANewCardForAMemberFoundOnTheOnScreenKeyboard() {
        kiosk = new FxKiosk(dir).withInstructor(null, ExerciseCatalogue.empty(), List.of());
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 800, 480));
        kiosk.waitForNode("idle-screen");
        kiosk.tap(FxKiosk.STAFF_CARD);
        kiosk.waitForNode("instructor-enrol");
        robot.clickOn("#instructor-enrol");
        kiosk.waitForNode("enrol-screen");
        assertThat(message()).isEqualTo("Tap the new card on the reader now.");

        assertThat(kiosk.tap(NEW_CARD)).isInstanceOf(CheckInOutcome.CapturedForEnrolment.class);
        kiosk.waitForNode("key-A");
        for (String key : List.of("A", "N", "N")) {
            robot.clickOn("#key-" + key);
        }
        String choice = "enrol-member-" + kiosk.annaId;
        kiosk.waitForNode(choice);
        robot.clickOn("#" + choice);
        waitFor(() -> message().equals("Enrol this card for Anna Kowalski?"));
        robot.clickOn("#enrol-ok");
        waitFor(() -> message().equals("Done: Anna K. can check in with this card now."));
        assertThat(kiosk.gym.attendanceRows()).isZero();

        // the new card checks Anna in straight away
        assertThat(kiosk.tap(NEW_CARD)).isInstanceOfSatisfying(CheckInOutcome.CheckedIn.class,
                in -> assertThat(in.attendance().memberId()).isEqualTo(kiosk.annaId));
        kiosk.waitForNode("welcome-screen");
        assertThat(kiosk.capture.armed()).isFalse();
    }

    @Test
    void leavingTheEnrolmentScreenGivesTheReaderBackToTheCheckIn() {
        kiosk = new FxKiosk(dir).withInstructor(null, ExerciseCatalogue.empty(), List.of());
        kiosk.show(FxKiosk.windowed(Locale.ENGLISH, Duration.ofSeconds(20), 1024, 600));
        kiosk.waitForNode("idle-screen");
        kiosk.tap(FxKiosk.STAFF_CARD);
        kiosk.waitForNode("instructor-enrol");
        robot.clickOn("#instructor-enrol");
        kiosk.waitForNode("enrol-screen");
        assertThat(kiosk.capture.armed()).isTrue();

        robot.clickOn("#enrol-close");
        kiosk.waitForNode("instructor-screen");

        assertThat(kiosk.capture.armed()).isFalse();
        assertThat(kiosk.tap(FxKiosk.ANNAS_CARD)).isInstanceOf(CheckInOutcome.CheckedIn.class);
    }
}
