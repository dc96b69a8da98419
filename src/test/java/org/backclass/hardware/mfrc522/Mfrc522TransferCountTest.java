package org.backclass.hardware.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pins the SPI cost of a poll (the figures {@link Mfrc522TransferReport} prints for the README),
 * so a change that makes an empty poll dearer shows up here.
 */
class Mfrc522TransferCountTest {

    private static final Logger LOG = LoggerFactory.getLogger(Mfrc522TransferCountTest.class);

    @Test
    void theReaderCountsTheTransfersTheChipSaw() {
        try (SimulatedBoard board = new SimulatedBoard()) {
            board.chip.present(SimulatedCard.classic("8B6566B9"));
            board.poll(5);

            assertThat(board.reader.spiTransfers()).isPositive().isEqualTo(board.chip.transfers());
        }
    }

    @Test
    void transfersPerPoll() {
        List<Mfrc522TransferReport.Row> rows = Mfrc522TransferReport.measure();
        rows.forEach(row -> LOG.info("{}: {} SPI transfers", row.poll(), row.transfers()));

        // Each exchange: 6 writes (Idle, clear IRQs, flush FIFO, FIFO data, Transceive,
        // StartSend), one status read per 0.25 ms until answer or timer, one FIFO read if data;
        // 2 more writes when the timeout changes (1 ms for REQA/WUPA/HLTA, 10 ms otherwise).
        assertThat(rows).extracting(Mfrc522TransferReport.Row::transfers).containsExactly(
                25L, // set-up 13 + REQA 2 + 10
                10L, // REQA: 6 + 4 status reads until the 1 ms timer
                38L, // REQA 8, anticollision 2 + 8, SELECT 8, HLTA 2 + 10
                48L, // empty REQA 10, WUPA 8, anticollision 2 + 8, SELECT 8, HLTA 2 + 10
                20L, // REQA 10, WUPA 10
                54L, // 38 + a second anticollision and SELECT, 8 each
                64L, // 48 + 16
                20L,
                70L, // 38 + two more levels
                80L,
                20L);
    }
}
