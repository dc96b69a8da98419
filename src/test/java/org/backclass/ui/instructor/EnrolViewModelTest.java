package org.backclass.ui.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.card.RawCardFormat;
import org.backclass.domain.checkin.CardCapture;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.member.Member;
import org.backclass.testing.TestGym;
import org.backclass.ui.instructor.EnrolViewModel.State;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrolment on a real gym: reads go through the real capture, members and cards into SQLite. */
class EnrolViewModelTest {

    private static final String NEW_CARD = "04C0FFEE123480";

    @TempDir
    Path dir;
    private TestGym gym;
    private UiTestContext t;
    private final CardCapture capture = new CardCapture();
    private Function<CardRead, CheckInOutcome> reader;
    private EnrolViewModel vm;
    private Member anna;

    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, UiTestContext.START);
        t = new UiTestContext(gym.clock);
        anna = gym.memberWithCard("Anna", "Keller", "11223344");
        gym.memberWithCard("Annette", "Kowalski", "55667788");
        gym.memberWithCard("Bernd", "Vogel", "8B6566B9");
        reader = capture.routing(gym.checkIn::checkIn);
        vm = new EnrolViewModel(t.context, capture, gym.members);
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    private CheckInOutcome present(String hex) {
        return reader.apply(CardRead.of("r1", CardKey.iso14443a(HexFormat.of().parseHex(hex))));
    }

    private void typeAndSearch(String text) {
        text.codePoints().mapToObj(Character::toString).forEach(vm::type);
        t.background.runAll();
    }

    @Test
    void aNewCardIsEnrolledForTheMemberFoundByName() {
        vm.start();
        assertThat(vm.stateProperty().get()).isEqualTo(State.WAITING);
        assertThat(vm.messageProperty().get()).isEqualTo("Tap the new card on the reader now.");

        assertThat(present(NEW_CARD)).isInstanceOf(CheckInOutcome.CapturedForEnrolment.class);
        t.background.runAll();
        assertThat(vm.stateProperty().get()).isEqualTo(State.CHOOSE_MEMBER);
        assertThat(gym.attendanceRows()).as("the enrolment tap checks nobody in").isZero();

        typeAndSearch("ANN");
        assertThat(vm.resultsProperty()).extracting(EnrolViewModel.Choice::label)
                .containsExactly("Anna Keller", "Annette Kowalski");
        vm.backspace();
        typeAndSearch("N K");
        assertThat(vm.queryProperty().get()).isEqualTo("ANN K");
        vm.choose(vm.resultsProperty().getFirst());
        assertThat(vm.messageProperty().get()).isEqualTo("Enrol this card for Anna Keller?");
        vm.confirm();
        assertThat(vm.stateProperty().get()).isEqualTo(State.SAVING);
        t.background.runAll();

        assertThat(vm.stateProperty().get()).isEqualTo(State.DONE);
        assertThat(vm.messageProperty().get()).isEqualTo("Done: Anna K. can check in with this card now.");
        assertThat(present(NEW_CARD)).isInstanceOfSatisfying(CheckInOutcome.CheckedIn.class,
                in -> assertThat(in.attendance().memberId()).isEqualTo(anna.id()));
    }

    @Test
    void aCardThatBelongsToSomeoneIsShownWithItsHolderAndCanBeRevokedAtOnce() {
        vm.start();
        present("8B6566B9");
        t.background.runAll();

        assertThat(vm.stateProperty().get()).isEqualTo(State.KNOWN_CARD);
        assertThat(vm.messageProperty().get()).startsWith("This card belongs to Bernd V. — revoke it?");
        vm.revoke();
        t.background.runAll();

        assertThat(vm.stateProperty().get()).isEqualTo(State.DONE);
        gym.clock.advance(java.time.Duration.ofSeconds(5));
        assertThat(present("8B6566B9")).isInstanceOf(CheckInOutcome.UnknownCard.class);
    }

    @Test
    void aCollisionIsRefusedWithAClearMessageAndNothingChanges() {
        vm.start();
        present(NEW_CARD);
        t.background.runAll();
        typeAndSearch("BERND");
        vm.choose(vm.resultsProperty().getFirst());
        // meanwhile the same card is enrolled for Anna elsewhere (the API, another kiosk)
        gym.members.enrolCard(anna.id(), CardKey.iso14443a(HexFormat.of().parseHex(NEW_CARD)));
        vm.confirm();
        t.background.runAll();

        assertThat(vm.stateProperty().get()).isEqualTo(State.FAILED);
        assertThat(vm.messageProperty().get()).startsWith("Not enrolled: ").contains("Anna K.");
        assertThat(gym.members.findCard(List.of("A:" + NEW_CARD)).orElseThrow().memberId()).isEqualTo(anna.id());
    }

    @Test
    void aReaderThatTypesOnlyADecimalCannotEnrol() {
        vm.start();
        reader.apply(CardRead.parse("usb", "0077842122", RawCardFormat.DECIMAL));
        t.background.runAll();

        assertThat(vm.stateProperty().get()).isEqualTo(State.UNREADABLE);
    }

    @Test
    void clearStopsWaitingAndDropsLateResults() {
        vm.start();
        present(NEW_CARD);
        vm.clear();
        t.background.runAll();

        assertThat(capture.armed()).isFalse();
        assertThat(vm.stateProperty().get()).isEqualTo(State.WAITING);
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(present("8B6566B9")).as("reads check in again").isInstanceOf(CheckInOutcome.CheckedIn.class);
    }
}
