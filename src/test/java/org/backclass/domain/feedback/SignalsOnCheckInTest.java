package org.backclass.domain.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.backclass.domain.checkin.CheckInFailed;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.event.KioskEvents;
import org.junit.jupiter.api.Test;

class SignalsOnCheckInTest {

    /** Remembers which signals were given, in order. */
    private static final class RecordingSignals implements KioskSignals {
        final List<String> given = new ArrayList<>();

        @Override
        public void checkedIn() {
            given.add("checkedIn");
        }

        @Override
        public void alreadyCheckedIn() {
            given.add("alreadyCheckedIn");
        }

        @Override
        public void unknownCard() {
            given.add("unknownCard");
        }

        @Override
        public void instructorAlert() {
            given.add("instructorAlert");
        }
    }

    private final RecordingSignals signals = new RecordingSignals();
    private final SignalsOnCheckIn listener = new SignalsOnCheckIn(signals);

    @Test
    void eachOutcomeGivesItsSignal() {
        UUID member = UUID.randomUUID();
        listener.onEvent(new CheckInOutcome.CheckedIn(null, "Ana P.", null, 3, 1L));
        listener.onEvent(new CheckInOutcome.AlreadyCheckedIn(UUID.randomUUID(), member, "Ana P.", null,
                Instant.EPOCH, 2L));
        listener.onEvent(new CheckInOutcome.UnknownCard("key", 3L));

        assertThat(signals.given).containsExactly("checkedIn", "alreadyCheckedIn", "unknownCard");
    }

    @Test
    void aStaffCardIsAcknowledgedLikeACheckIn() {
        listener.onEvent(new CheckInOutcome.StaffCard(UUID.randomUUID(), "Eva S.", 1L));

        assertThat(signals.given).containsExactly("checkedIn");
    }

    @Test
    void aFailedCheckInSaysNotCheckedIn() {
        listener.onEvent(new CheckInFailed(1L));

        assertThat(signals.given).containsExactly("unknownCard");
    }

    @Test
    void ignoredRepeatsAndOtherEventsGiveNoSignal() {
        listener.onEvent(new CheckInOutcome.Ignored("key", 1L));
        listener.onEvent(new KioskEvent() {
        });
        listener.onEvent(null);

        assertThat(signals.given).isEmpty();
    }

    @Test
    void itListensOnTheKioskEvents() throws Exception {
        KioskEvents events = new KioskEvents();
        try (AutoCloseable subscription = events.subscribe(listener)) {
            events.publish(new CheckInOutcome.UnknownCard("key", 1L));
        }
        events.publish(new CheckInOutcome.UnknownCard("key", 2L));

        assertThat(signals.given).containsExactly("unknownCard");
    }

    @Test
    void noneGivesNothingAndNeverThrows() {
        assertThatCode(() -> {
            KioskSignals.NONE.checkedIn();
            KioskSignals.NONE.alreadyCheckedIn();
            KioskSignals.NONE.unknownCard();
            KioskSignals.NONE.instructorAlert();
        }).doesNotThrowAnyException();
        assertThat(KioskSignals.NONE).hasToString("KioskSignals.NONE");
    }
}
