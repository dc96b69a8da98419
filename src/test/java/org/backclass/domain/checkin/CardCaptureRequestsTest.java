package org.backclass.domain.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.card.RawCardFormat;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.event.KioskEvents;
import org.backclass.testing.MutableClock;
import org.junit.jupiter.api.Test;

class CardCaptureRequestsTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-03-10T09:00:00Z"), ZoneOffset.UTC);
    private final AtomicLong shift = new AtomicLong();
    private final CardCapture capture = new CardCapture();
    private final KioskEvents events = new KioskEvents();
    private final List<KioskEvent> announced = new ArrayList<>();
    private final CardCaptureRequests requests = new CardCaptureRequests(capture, events, clock,
            Duration.ofSeconds(60), () -> System.nanoTime() + shift.get());

    {
        events.subscribe(announced::add);
    }
    private final List<CardRead> checkedIn = new ArrayList<>();
    private final Function<CardRead, CheckInOutcome> reader = capture.routing(read -> {
        checkedIn.add(read);
        return new CheckInOutcome.UnknownCard(read.primaryKey(), read.readNanos());
    });

    private void tap(String hex) {
        reader.apply(CardRead.of("r1", CardKey.iso14443a(HexFormat.of().parseHex(hex))));
    }

    private void waitSeconds(long seconds) {
        shift.addAndGet(Duration.ofSeconds(seconds).toNanos());
        clock.advance(Duration.ofSeconds(seconds));
    }

    @Test
    void theNextTapIsReportedAndChecksNobodyIn() {
        CardCaptureRequests.Started started = requests.start().orElseThrow();
        assertThat(started.expiresAt()).isEqualTo(clock.instant().plusSeconds(60));
        assertThat(requests.state(started.id())).contains(new CardCaptureRequests.State.Waiting(started.expiresAt()));

        tap("04A3C6CAE26180");
        tap("04A3C6CAE26180");

        assertThat(requests.state(started.id())).contains(new CardCaptureRequests.State.Captured(
                CardKey.iso14443a(HexFormat.of().parseHex("04A3C6CAE26180"))));
        assertThat(checkedIn).hasSize(1);
        assertThat(announced).containsExactly(new CardReadForDesk(true));
    }

    @Test
    void onlyOneRequestAtATime() {
        assertThat(requests.start()).isPresent();
        assertThat(requests.start()).isEmpty();
    }

    @Test
    void aRequestNobodyAnsweredExpiresAndTheNextTapChecksIn() {
        CardCaptureRequests.Started started = requests.start().orElseThrow();
        waitSeconds(61);

        assertThat(requests.state(started.id())).contains(new CardCaptureRequests.State.Expired());
        tap("11223344");
        assertThat(checkedIn).hasSize(1);
        assertThat(requests.start()).isPresent();
    }

    @Test
    void aReaderThatGivesOnlyPartOfTheNumberIsReportedAsUnreadable() {
        CardCaptureRequests.Started started = requests.start().orElseThrow();

        reader.apply(CardRead.parse("wedge", "0077842122", RawCardFormat.DECIMAL));

        assertThat(requests.state(started.id())).contains(new CardCaptureRequests.State.Unreadable());
        assertThat(announced).containsExactly(new CardReadForDesk(false));
    }

    @Test
    void aKioskScreenTakingTheReaderCancelsTheRequest() {
        CardCaptureRequests.Started started = requests.start().orElseThrow();

        capture.arm(read -> { });

        assertThat(requests.state(started.id())).contains(new CardCaptureRequests.State.Cancelled());
    }

    @Test
    void anIdThisKioskNeverGaveOutIsUnknown() {
        assertThat(requests.state(UUID.randomUUID())).isEmpty();
    }

    @Test
    void finishedRequestsAreForgottenOldestFirst() {
        UUID first = requests.start().orElseThrow().id();
        for (int i = 0; i < 16; i++) {
            waitSeconds(61);
            requests.start().orElseThrow();
        }
        assertThat(requests.state(first)).isEmpty();
    }
}
