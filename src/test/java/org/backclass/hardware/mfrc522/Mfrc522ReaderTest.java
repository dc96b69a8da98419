package org.backclass.hardware.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import java.time.Duration;
import org.backclass.domain.reader.ReaderStatus;
import org.backclass.hardware.mfrc522.SimulatedField.Fault;
import org.backclass.hardware.mfrc522.SimulatedField.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Presentation, errors and status, driving the reader's poll directly (no thread, virtual time). */
class Mfrc522ReaderTest {

    private final SimulatedCard classic = SimulatedCard.classic("8B6566B9");
    private static final String CLASSIC_KEY = "A:8B6566B9";

    private SimulatedBoard board = new SimulatedBoard();

    @AfterEach
    void tearDown() {
        board.close();
    }

    @Test
    void statusNamesTheChipOnceItAnswers() {
        assertThat(board.reader.status().state()).isEqualTo(ReaderStatus.State.OFFLINE);
        assertThat(board.reader.status().detail()).isEqualTo("starting on /dev/spidev0.0");

        board.poll();

        ReaderStatus status = board.reader.status();
        assertThat(status.readerId()).isEqualTo("front");
        assertThat(status.type()).isEqualTo("mfrc522");
        assertThat(status.state()).isEqualTo(ReaderStatus.State.ONLINE);
        assertThat(status.detail()).isEqualTo("MFRC522 v2.0 (VersionReg 0x92) on /dev/spidev0.0");
        assertThat(status.lastReadAt()).isNull();
        assertThat(status.errorCount()).isZero();
        assertThat(board.chip.antennaOn()).isTrue();
        assertThat(board.logLines(Level.INFO)).containsExactly("MFRC522 reader 'front' online: " + status.detail());
    }

    @ParameterizedTest
    @CsvSource({"0x88, FM17522 clone (VersionReg 0x88)", "0x91, MFRC522 v1.0 (VersionReg 0x91)",
        "0x12, counterfeit MFRC522 (VersionReg 0x12)", "0xB2, unknown MFRC522-compatible chip (VersionReg 0xB2)"})
    void clonesAndOlderChipsWorkAndSayWhatTheyAre(String version, String detail) {
        board.chip.version(Integer.decode(version));
        board.chip.present(classic);

        board.poll();

        assertThat(board.reader.status().detail()).isEqualTo(detail + " on /dev/spidev0.0");
        assertThat(board.keys()).containsExactly(CLASSIC_KEY);
    }

    @Test
    void aCardHeldOnTheReaderIsOneTap() {
        board.chip.present(classic);

        board.poll(50);

        assertThat(board.keys()).containsExactly(CLASSIC_KEY);
        assertThat(board.reads.get(0).readerId()).isEqualTo("front");
        assertThat(board.reader.status().lastReadAt()).isEqualTo(board.clock.instant());
        assertThat(classic.state()).isEqualTo(SimulatedCard.State.HALT);
        assertThat(board.reader.status().errorCount()).isZero();
    }

    @Test
    void aCardTakenAwayAndPresentedAgainIsANewTap() {
        board.chip.present(classic);
        board.poll(3);
        board.chip.remove(classic);
        board.poll(Presence.REMOVED_AFTER_CHECKS);

        board.chip.present(classic);
        board.poll(3);

        assertThat(board.keys()).containsExactly(CLASSIC_KEY, CLASSIC_KEY);
    }

    @Test
    void aCardOffTheReaderForLessThanTwoPollsIsTheSameTap() {
        board.chip.present(classic);
        board.poll();
        board.chip.remove(classic);
        board.poll(Presence.REMOVED_AFTER_CHECKS - 1);

        board.chip.present(classic);
        board.poll(5);

        assertThat(board.keys()).containsExactly(CLASSIC_KEY);
    }

    @Test
    void twoCardsInTheFieldAreTwoTapsAndNeitherRepeats() {
        SimulatedCard ntag = SimulatedCard.ntag("04A1B2C3D4E580");
        board.chip.present(classic);
        board.chip.present(ntag);

        board.poll(20);

        // 0x8B = 1000 1011 and 0x88 (cascade tag) = 1000 1000: they differ first in bit 0,
        // where the Classic card has the 1 the anticollision prefers.
        assertThat(board.keys()).containsExactly(CLASSIC_KEY, "A:04A1B2C3D4E580");
    }

    @Test
    void withTwoCardsOnTheReaderTheOneTakenAwayAndBroughtBackIsANewTapAndTheOtherIsNot() {
        SimulatedCard ntag = SimulatedCard.ntag("04A1B2C3D4E580");
        board.chip.present(classic);
        board.chip.present(ntag);
        board.poll(6);

        board.chip.remove(classic);
        board.poll(6);
        board.chip.present(classic);
        board.poll(6);

        assertThat(board.keys()).containsExactly(CLASSIC_KEY, "A:04A1B2C3D4E580", CLASSIC_KEY);
    }

    @ParameterizedTest
    @CsvSource({"CORRUPT, SELECT, 1", "CORRUPT, ANTICOLLISION, 1", "PARITY, SELECT, 1", "PARITY, ANTICOLLISION, 1",
        "SILENT, SELECT, 1", "SILENT, ANTICOLLISION, 1", "PARITY, REQUEST, 1", "SILENT, REQUEST, 0"})
    void aFailedReadCountsAsAnErrorAndTheNextPollReadsTheCard(Fault fault, Stage stage, int errors) {
        board.poll();
        board.chip.inject(fault, stage);
        board.chip.present(classic);

        board.poll(5);
        assertThat(board.keys()).containsExactly(CLASSIC_KEY);
        assertThat(board.reader.status().errorCount()).isEqualTo(errors);
        assertThat(board.chip.softResets()).isEqualTo(1);
    }

    @Test
    void aFailedReadOfACardAlreadyReadIsNotANewTap() {
        board.chip.present(classic);
        board.poll();
        board.chip.inject(Fault.CORRUPT, Stage.SELECT);
        board.chip.inject(Fault.SILENT, Stage.ANTICOLLISION);

        board.poll(10);

        assertThat(board.keys()).containsExactly(CLASSIC_KEY);
        assertThat(board.reader.status().errorCount()).isEqualTo(2);
    }

    @Test
    void consecutiveErrorsResetTheChipAndReadingCarriesOn() {
        board.poll();
        for (int i = 0; i < Mfrc522Settings.DEFAULT_ERRORS_BEFORE_RESET; i++) {
            board.chip.inject(Fault.CORRUPT, Stage.SELECT);
        }
        board.chip.present(classic);

        board.poll(Mfrc522Settings.DEFAULT_ERRORS_BEFORE_RESET);

        assertThat(board.chip.softResets()).isEqualTo(2);
        assertThat(board.keys()).isEmpty();
        assertThat(board.logLines(Level.WARN)).singleElement().asString()
                .startsWith("MFRC522 reader 'front': 3 failed polls in a row (last: CRC_A mismatch in SAK");

        board.poll();

        assertThat(board.keys()).containsExactly(CLASSIC_KEY);
        assertThat(board.reader.status().state()).isEqualTo(ReaderStatus.State.ONLINE);
        assertThat(board.reader.status().errorCount()).isEqualTo(3);
    }

    @Test
    void errorsThatAreNotConsecutiveDoNotResetTheChip() {
        board.poll();
        for (int i = 0; i < 10; i++) {
            board.chip.inject(Fault.PARITY, Stage.ANTICOLLISION);
            board.chip.present(classic);
            board.poll(2);
            board.chip.remove(classic);
            board.poll(2);
        }

        assertThat(board.chip.softResets()).isEqualTo(1);
        assertThat(board.reader.status().errorCount()).isEqualTo(10);
        assertThat(board.keys()).hasSize(10);
    }

    @ParameterizedTest
    @ValueSource(ints = {0x00, 0xFF})
    void aChipThatStopsAnsweringGoesOfflineAndComesBack(int miso) {
        board.chip.present(classic);
        board.poll();
        board.chip.stopAnswering(miso);

        board.poll(Mfrc522Settings.DEFAULT_ERRORS_BEFORE_RESET);

        ReaderStatus status = board.reader.status();
        assertThat(status.state()).isEqualTo(ReaderStatus.State.OFFLINE);
        assertThat(status.detail()).isEqualTo(String.format("no answer on /dev/spidev0.0 (VersionReg 0x%02X): "
                + "check the wiring and the board's 3.3 V supply", miso));
        assertThat(status.errorCount()).isEqualTo(Mfrc522Settings.DEFAULT_ERRORS_BEFORE_RESET + 1);
        long transfers = board.chip.transfers();
        board.clock.advance(Mfrc522Reader.OFFLINE_RETRY.minusMillis(1));
        board.poll(20);
        assertThat(board.chip.transfers()).as("no SPI traffic while offline").isEqualTo(transfers);

        board.chip.answerAgain(true);
        board.clock.advance(Duration.ofMillis(1));
        board.poll();

        assertThat(board.reader.status().state()).isEqualTo(ReaderStatus.State.ONLINE);
        assertThat(board.reader.status().detail()).isEqualTo("MFRC522 v2.0 (VersionReg 0x92) on /dev/spidev0.0");
        board.chip.remove(classic);
        board.poll(2);
        board.chip.present(classic);
        board.poll();
        assertThat(board.keys()).containsExactly(CLASSIC_KEY, CLASSIC_KEY);
        assertThat(board.logLines(Level.WARN)).anyMatch(l -> l.startsWith("MFRC522 reader 'front' offline: no answer"));
        assertThat(board.logLines(Level.INFO)).hasSize(2);
    }

    @Test
    void aChipMissingFromTheStartIsOfflineAndTriedEveryFewSeconds() {
        board.chip.stopAnswering(0x00);

        board.poll(5);

        assertThat(board.reader.status().state()).isEqualTo(ReaderStatus.State.OFFLINE);
        assertThat(board.reader.status().errorCount()).isEqualTo(1);
        board.clock.advance(Mfrc522Reader.OFFLINE_RETRY);
        board.poll(5);
        assertThat(board.reader.status().errorCount()).isEqualTo(2);
        assertThat(board.logLines(Level.WARN)).as("logged once, not at every retry").hasSize(1);
    }

    @Test
    void aChipThatLostItsSettingsIsResetAndSetUpAgain() {
        board.poll();
        board.chip.brownOut();
        board.chip.present(classic);

        board.poll(Mfrc522Settings.DEFAULT_ERRORS_BEFORE_RESET);
        board.poll();

        assertThat(board.reader.status().errorCount()).isEqualTo(Mfrc522Settings.DEFAULT_ERRORS_BEFORE_RESET);
        assertThat(board.chip.softResets()).isEqualTo(2);
        assertThat(board.keys()).containsExactly(CLASSIC_KEY);
    }

    @Test
    void withAResetPinTheChipIsResetThroughIt() {
        board.close();
        board = new SimulatedBoard(Mfrc522Settings.defaults(0, 0).withResetPin(25));
        board.poll();
        board.chip.brownOut();

        board.poll(Mfrc522Settings.DEFAULT_ERRORS_BEFORE_RESET);

        assertThat(board.chip.hardResets()).isEqualTo(2);
        assertThat(board.chip.softResets()).isZero();
        assertThat(board.reader.status().state()).isEqualTo(ReaderStatus.State.ONLINE);
    }

    @Test
    void aSinkThatThrowsIsLoggedAndTheReaderCarriesOn() {
        board.reader.useSink(read -> {
            board.reads.add(read);
            throw new IllegalStateException("database is locked");
        });
        board.chip.present(classic);
        board.poll();
        SimulatedCard ntag = SimulatedCard.ntag("04A1B2C3D4E580");
        board.chip.present(ntag);

        board.poll();

        assertThat(board.keys()).containsExactly(CLASSIC_KEY, "A:04A1B2C3D4E580");
        assertThat(board.logLines(Level.ERROR)).hasSize(2);
        assertThat(board.reader.status().errorCount()).isZero();
    }

    @Test
    void closeSwitchesTheAntennaOffAndFreesTheDevice() {
        board.poll();

        board.reader.close();
        board.reader.close();
        assertThat(board.chip.antennaOn()).isFalse();
        assertThat(board.spiProvider.last().closed()).isTrue();
        assertThat(board.pi4j.registry().exists("mfrc522-front-spi")).isFalse();
        assertThat(board.reader.status().state()).isEqualTo(ReaderStatus.State.OFFLINE);
        assertThat(board.reader.status().detail()).isEqualTo("stopped");
        assertThat(board.poll()).isZero();
    }
}
