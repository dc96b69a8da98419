package org.backclass.ui.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CardCapture;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.member.Member;
import org.backclass.store.JdbcClassFeedbackStore;
import org.backclass.testing.TestGym;
import org.backclass.ui.feedback.AfterClassViewModel.State;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** "How was it?" on a real gym: taps go through the real capture, answers into SQLite. */
class AfterClassViewModelTest {

    @TempDir
    Path dir;
    private TestGym gym;
    private UiTestContext t;
    private final CardCapture capture = new CardCapture();
    private Function<CardRead, CheckInOutcome> reader;
    private AfterClassViewModel vm;
    private Member anna;
    private Member bernd;
    private Member carla;
    private UUID session;

    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, UiTestContext.START);
        t = new UiTestContext(gym.clock);
        session = gym.classAt("Back Basics", UiTestContext.START);
        anna = gym.memberWithCard("Anna", "Keller", "11223344");
        bernd = gym.memberWithCard("Bernd", "Vogel", "55667788");
        carla = gym.memberWithoutConsent("Carla", "Rossi", "99AABBCC");
        gym.memberWithCard("Dora", "Lang", "DDEEFF00");
        reader = capture.routing(gym.checkIn::checkIn);
        vm = new AfterClassViewModel(t.context, new AfterClass(capture, gym.members, gym.consent,
                new JdbcClassFeedbackStore(gym.db, gym.clock)));
        vm.open(session, Set.of(anna.id(), bernd.id(), carla.id()));
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    private void tap(String hex) {
        reader.apply(CardRead.of("r1", CardKey.iso14443a(HexFormat.of().parseHex(hex))));
        t.background.runAll();
    }

    private List<String> stored() {
        return gym.db.read(c -> {
            try (var st = c.prepareStatement("SELECT member_id, class_session_id, pain_now, effort FROM class_feedback");
                    var rs = st.executeQuery()) {
                List<String> out = new java.util.ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getInt(3) + " " + rs.getInt(4));
                }
                return out;
            }
        });
    }

    @Test
    void tapTwoAnswersTapAgainAndTheAnswerIsStoredForTheClass() {
        assertThat(vm.messageProperty().get()).isEqualTo("Tap your card to tell us how your back feels now.");

        tap("11223344");
        assertThat(vm.stateProperty().get()).isEqualTo(State.ASKING);
        assertThat(vm.nameProperty().get()).isEqualTo("Anna K.");
        vm.choosePain(3);
        vm.chooseEffort(6);
        assertThat(vm.stateProperty().get()).isEqualTo(State.CONFIRM);
        tap("11223344");

        assertThat(vm.stateProperty().get()).isEqualTo(State.THANKS);
        assertThat(vm.messageProperty().get()).isEqualTo("Thank you, Anna K.! See you next time.");
        assertThat(stored()).containsExactly(anna.id() + " " + session + " 3 6");
        assertThat(gym.attendanceRows()).as("the taps check nobody in").isZero();
        t.timers.advance(AfterClassViewModel.MESSAGE_SHOWN_FOR);
        assertThat(vm.stateProperty().get()).isEqualTo(State.WAITING);
        assertThat(vm.nameProperty().get()).isEmpty();
    }

    @Test
    void anotherMembersCardTakesOverBeforeConfirmingAndNothingOfTheFirstIsStored() {
        tap("11223344");
        vm.choosePain(3);
        vm.chooseEffort(6);

        tap("55667788");

        assertThat(vm.nameProperty().get()).isEqualTo("Bernd V.");
        assertThat(vm.painNowProperty().get()).isEqualTo(AfterClassViewModel.NONE);
        assertThat(stored()).isEmpty();
    }

    @Test
    void someoneWhoWasNotInTheClassAndAMemberWithoutConsentAreAskedNothing() {
        tap("DDEEFF00");
        assertThat(vm.stateProperty().get()).isEqualTo(State.NOT_FOR_YOU);
        t.timers.advance(AfterClassViewModel.MESSAGE_SHOWN_FOR);

        tap("99AABBCC");
        assertThat(vm.stateProperty().get()).isEqualTo(State.NO_CONSENT);
        assertThat(vm.messageProperty().get()).isEqualTo("Thank you, Carla R.! See you next time.");
        assertThat(stored()).isEmpty();
        assertThat(gym.attendanceRows()).isZero();
    }

    @Test
    void closingGivesTheReaderBackToTheCheckIn() {
        vm.close();

        assertThat(capture.armed()).isFalse();
        assertThat(reader.apply(CardRead.of("r1", CardKey.iso14443a(HexFormat.of().parseHex("11223344")))))
                .isInstanceOf(CheckInOutcome.CheckedIn.class);
    }
}
