package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.backclass.domain.card.RawCardFormat;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.member.Member;
import org.backclass.hardware.SimulatedCardReader;
import org.backclass.testing.TestGym;
import org.backclass.ui.testing.RecordingExecutor;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Demo keys present demo cards to a real simulated reader that runs the real check-in on a
 * SQLite file; the keys hand every tap to the background executor.
 */
class DemoKeysTest {

    private static final List<String> DEMO_CARDS = List.of("04A3C6CAE26180", "04B7D2119A5C81", "04C91E4F3B2A82");
    private static final String NOBODYS_CARD = "04FFFFFFFFFFFF";
    private static final String STAFF_CARD = "04E5A0B1C2D380";

    @TempDir
    Path dir;
    private TestGym gym;
    private SimulatedCardReader reader;
    private Member carla;
    private final List<KioskEvent> published = new CopyOnWriteArrayList<>();
    private final RecordingExecutor background = new RecordingExecutor();
    private DemoKeys keys;

    @BeforeEach
    void openGym() {
        gym = new TestGym(dir, UiTestContext.START);
        gym.memberWithCard("Anna", "Kowalski", DEMO_CARDS.get(0));
        gym.memberWithCard("Ben", "Müller", DEMO_CARDS.get(1));
        carla = gym.memberWithCard("Carla", "Schmidt", DEMO_CARDS.get(2));
        gym.staffWithCard("Eva", "Sommer", STAFF_CARD);
        gym.events.subscribe(published::add);
        reader = new SimulatedCardReader("demo-reader", gym.clock);
        reader.start(gym.checkIn::checkIn);
        keys = new DemoKeys(new ReaderDemoTaps(reader), background);
    }

    @AfterEach
    void closeGym() {
        reader.close();
        gym.close();
    }

    @Test
    void theTwelveKeysPresentTheTwelveDemoCardsInKeyboardOrder() {
        List<KeyCode> row = List.of(KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5,
                KeyCode.DIGIT6, KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9, KeyCode.DIGIT0, KeyCode.MINUS,
                KeyCode.EQUALS);

        for (int i = 0; i < row.size(); i++) {
            assertThat(DemoKeys.demoCardFor(row.get(i))).as(row.get(i).name()).isEqualTo(OptionalInt.of(i));
        }
        assertThat(DemoKeys.demoCardFor(KeyCode.A)).isEmpty();
        assertThat(DemoKeys.demoCardFor(KeyCode.ENTER)).isEmpty();
    }

    @Test
    void tapsRunOnTheBackgroundExecutor() {
        keys.handle(press(KeyCode.DIGIT3));
        keys.handle(press(KeyCode.U));
        keys.handle(press(KeyCode.A));

        assertThat(published).isEmpty();
        assertThat(gym.attendanceRows()).isZero();
        assertThat(background.queued()).isEqualTo(2);
        background.runAll();
        // demo card 2 (Carla's), then a card nobody has
        assertThat(published).satisfiesExactly(
                e -> assertThat(e).isInstanceOfSatisfying(CheckInOutcome.CheckedIn.class,
                        in -> assertThat(in.shortName()).isEqualTo("Carla S.")),
                e -> assertThat(e).isInstanceOf(CheckInOutcome.UnknownCard.class));
        assertThat(gym.attendanceRows(carla.id())).isEqualTo(1);
        assertThat(gym.attendanceRows()).isEqualTo(1);
    }

    @Test
    void theSKeyPresentsTheStaffCardWhichChecksNobodyIn() {
        keys.handle(press(KeyCode.S));
        background.runAll();

        assertThat(published).singleElement().isInstanceOfSatisfying(CheckInOutcome.StaffCard.class,
                staff -> assertThat(staff.shortName()).isEqualTo("Eva S."));
        assertThat(gym.attendanceRows()).isZero();
    }

    @Test
    void aFailingTapIsLoggedNotThrown() {
        reader.close(); // a stopped reader refuses taps

        keys.handle(press(KeyCode.DIGIT1));
        background.runAll();

        assertThat(background.submitted()).isEqualTo(1);
        assertThat(published).isEmpty();
        assertThat(gym.attendanceRows()).isZero();
    }

    private static KeyEvent press(KeyCode code) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", code.getName(), code, false, false, false, false);
    }

    /** Demo taps as the app wires them: the demo card's UID, hex, to the simulated reader. */
    private static final class ReaderDemoTaps implements DemoTaps {

        private final SimulatedCardReader reader;

        ReaderDemoTaps(SimulatedCardReader reader) {
            this.reader = reader;
        }

        @Override
        public void tapDemoCard(int index) {
            if (index >= 0 && index < DEMO_CARDS.size()) {
                reader.tap(DEMO_CARDS.get(index), RawCardFormat.HEX);
            }
        }

        @Override
        public void tapUnknownCard() {
            reader.tap(NOBODYS_CARD, RawCardFormat.HEX);
        }

        @Override
        public void tapStaffCard() {
            reader.tap(STAFF_CARD, RawCardFormat.HEX);
        }
    }
}
