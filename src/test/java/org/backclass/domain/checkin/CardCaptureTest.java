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
}
