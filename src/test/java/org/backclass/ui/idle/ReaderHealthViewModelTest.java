package org.backclass.ui.idle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.backclass.domain.reader.ReaderStatus;
import org.backclass.ui.idle.ReaderHealthViewModel.ReaderLine;
import org.backclass.ui.testing.UiTestContext;
import org.junit.jupiter.api.Test;

class ReaderHealthViewModelTest {

    private final UiTestContext t = new UiTestContext();
    private final List<ReaderStatus> statuses = new CopyOnWriteArrayList<>();
    private final ReaderHealthViewModel vm = new ReaderHealthViewModel(t.context, () -> List.copyOf(statuses));

    private static ReaderStatus status(ReaderStatus.State state, String detail, Instant last, long errors) {
        return new ReaderStatus("door", "mfrc522", state, detail, last, errors);
    }

    @Test
    void membersSeeACalmNoticeOnlyWhileAReaderIsOffline() {
        statuses.add(status(ReaderStatus.State.ONLINE, "MFRC522 v2.0 (0x92)", null, 0));
        vm.start();
        t.background.runAll();
        assertThat(vm.offlineNoticeProperty().get()).isEmpty();

        statuses.set(0, status(ReaderStatus.State.OFFLINE, "no answer on /dev/spidev0.0", null, 4));
        t.timers.advance(ReaderHealthViewModel.PERIOD);
        t.background.runAll();

        assertThat(vm.offlineNoticeProperty().get())
                .isEqualTo("The card reader is not working right now. Please tell a member of staff.");
        assertThat(vm.detailsProperty()).containsExactly(new ReaderLine(
                "Card reader door (mfrc522): OFFLINE · no answer on /dev/spidev0.0 · last card none yet · errors: 4",
                false));
    }

    @Test
    void theInstructorSeesEachReadersDetailAndLastCard() {
        statuses.add(status(ReaderStatus.State.ONLINE, "MFRC522 v2.0 (0x92)", UiTestContext.START, 1));
        statuses.add(new ReaderStatus("desk", "usb-keyboard", ReaderStatus.State.ONLINE, "", null, 0));

        vm.refresh();
        t.background.runAll();

        assertThat(vm.detailsProperty()).extracting(ReaderLine::text).containsExactly(
                "Card reader door (mfrc522): working · MFRC522 v2.0 (0x92) · last card 17:55 · errors: 1",
                "Card reader desk (usb-keyboard): working · last card none yet · errors: 0");
    }

    @Test
    void germanAndStoppingStopsTheRefresh() {
        UiTestContext de = new UiTestContext(Locale.GERMAN);
        ReaderHealthViewModel german = new ReaderHealthViewModel(de.context, () -> List.copyOf(statuses));
        statuses.add(status(ReaderStatus.State.OFFLINE, "", null, 0));
        german.start();
        de.background.runAll();
        assertThat(german.offlineNoticeProperty().get()).startsWith("Das Kartenlesegerät funktioniert gerade nicht");

        german.stop();
        de.timers.advance(ReaderHealthViewModel.PERIOD.multipliedBy(3));
        assertThat(de.background.queued()).isZero();
    }
}
