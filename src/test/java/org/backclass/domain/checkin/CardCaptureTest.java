package org.backclass.domain.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.junit.jupiter.api.Test;

class CardCaptureTest {

    private final List<CardRead> checkedIn = new ArrayList<>();
    private final List<CardRead> captured = new ArrayList<>();
    private final CardCapture capture = new CardCapture();
    private final Function<CardRead, CheckInOutcome> sink = capture.routing(read -> {
        checkedIn.add(read);
        return new CheckInOutcome.UnknownCard(read.primaryKey(), read.readNanos());
    });

    private static CardRead read(String hex) {
        return CardRead.of("r1", CardKey.iso14443a(HexFormat.of().parseHex(hex)));
    }

    @Test
    void readsGoToTheCheckInUnlessACaptureIsArmed() {
        sink.apply(read("11223344"));
        assertThat(checkedIn).hasSize(1);
        assertThat(capture.armed()).isFalse();
    }

    @Test
    void anArmedCaptureTakesExactlyTheNextReadAndNobodyIsCheckedIn() {
        capture.arm(captured::add);

        CheckInOutcome outcome = sink.apply(read("11223344"));
        sink.apply(read("55667788"));

        assertThat(outcome).isInstanceOfSatisfying(CheckInOutcome.CapturedForEnrolment.class,
                c -> assertThat(c.lookupKey()).isEqualTo("A:11223344"));
        assertThat(captured).extracting(CardRead::primaryKey).containsExactly("A:11223344");
        assertThat(checkedIn).extracting(CardRead::primaryKey).containsExactly("A:55667788");
        assertThat(capture.armed()).isFalse();
    }

    @Test
    void disarmingGivesTheReadsBackToTheCheckIn() {
        capture.arm(captured::add);
        capture.disarm();

        sink.apply(read("11223344"));

        assertThat(captured).isEmpty();
        assertThat(checkedIn).hasSize(1);
    }

    private static CardRead readAt(String hex, long nanos) {
        return new CardRead("r1", List.of(CardKey.iso14443a(HexFormat.of().parseHex(hex)).value()), nanos);
    }

    @Test
    void aCaptureWithADeadlineLetsAReadAfterItCheckIn() {
        long deadline = System.nanoTime() + 1_000_000_000L;
        assertThat(capture.armUntil(captured::add, deadline)).isTrue();

        sink.apply(readAt("11223344", deadline + 1));

        assertThat(captured).isEmpty();
        assertThat(checkedIn).extracting(CardRead::primaryKey).containsExactly("A:11223344");
    }

    @Test
    void aCaptureWithADeadlineTakesAReadBeforeIt() {
        long deadline = System.nanoTime() + 60_000_000_000L;
        capture.armUntil(captured::add, deadline);

        sink.apply(readAt("11223344", deadline - 1));

        assertThat(captured).extracting(CardRead::primaryKey).containsExactly("A:11223344");
        assertThat(checkedIn).isEmpty();
    }

    @Test
    void aTimedCaptureWaitsItsTurnButAKioskScreenAlwaysTakesOver() {
        List<CardRead> screen = new ArrayList<>();
        capture.arm(screen::add);
        assertThat(capture.armUntil(captured::add, System.nanoTime() + 60_000_000_000L)).isFalse();

        capture.disarm();
        java.util.function.Consumer<CardRead> lan = captured::add;
        assertThat(capture.armUntil(lan, System.nanoTime() + 60_000_000_000L)).isTrue();
        assertThat(capture.waitingFor(lan)).isTrue();
        capture.arm(screen::add);

        sink.apply(read("11223344"));
        assertThat(screen).hasSize(1);
        assertThat(captured).isEmpty();
        assertThat(capture.waitingFor(lan)).isFalse();
    }

    @Test
    void anExpiredTimedCaptureNoLongerCountsAsArmedAndCanBeReplaced() {
        assertThat(capture.armUntil(captured::add, System.nanoTime() - 1)).isTrue();

        assertThat(capture.armed()).isFalse();
        assertThat(capture.armUntil(checkedIn::add, System.nanoTime() + 60_000_000_000L)).isTrue();
    }

    @Test
    void disarmingSomeoneElsesCaptureLeavesItWaiting() {
        java.util.function.Consumer<CardRead> mine = captured::add;
        capture.arm(checkedIn::add);

        capture.disarm(mine);

        assertThat(capture.armed()).isTrue();
    }
}
