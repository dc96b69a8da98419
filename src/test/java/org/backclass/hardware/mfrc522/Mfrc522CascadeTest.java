package org.backclass.hardware.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.backclass.hardware.mfrc522.SimulatedField.Fault;
import org.backclass.hardware.mfrc522.SimulatedField.Sent;
import org.backclass.hardware.mfrc522.SimulatedField.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** ISO 14443-A activation on the chip driver: request, cascade, collisions, check bytes, halt. */
class Mfrc522CascadeTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    private final SimulatedBoard board = new SimulatedBoard();
    private Iso14443a cards;

    @BeforeEach
    void setUp() {
        Mfrc522 chip = board.driver();
        chip.init();
        cards = new Iso14443a(chip);
    }

    @AfterEach
    void tearDown() {
        board.close();
    }

    static Stream<Arguments> everySize() {
        return Stream.of(
                Arguments.of((Supplier<SimulatedCard>) () -> SimulatedCard.classic("8B6566B9"), "A:8B6566B9",
                        0x08, List.of(0x93)),
                Arguments.of((Supplier<SimulatedCard>) () -> SimulatedCard.ntag("04A1B2C3D4E580"),
                        "A:04A1B2C3D4E580", 0x00, List.of(0x93, 0x95)),
                Arguments.of((Supplier<SimulatedCard>) () -> SimulatedCard.tripleSize("0811223344556677889A"),
                        "A:0811223344556677889A", 0x20, List.of(0x93, 0x95, 0x97)));
    }

    @ParameterizedTest
    @MethodSource("everySize")
    void everyUidSizeIsReadWholeWithTheCascadeTagsAndCheckBytesStripped(Supplier<SimulatedCard> card, String key,
            int sak, List<Integer> selectCodes) {
        board.chip.present(card.get());

        assertThat(cards.request(Iso14443a.REQA)).isTrue();
        Iso14443a.Selection selection = cards.select(1);

        assertThat(selection.key().value()).isEqualTo(key);
        assertThat(selection.sak()).isEqualTo(sak);
        assertThat(sent(Stage.SELECT)).extracting(s -> s.bytes()[0] & 0xFF).isEqualTo(selectCodes);
    }

    @Test
    void requestsAreSevenBitShortFrames() {
        cards.request(Iso14443a.REQA);
        cards.request(Iso14443a.WUPA);

        assertThat(sent(Stage.REQUEST)).extracting(s -> HEX.formatHex(s.bytes()) + "/" + s.bits())
                .containsExactly("26/7", "52/7");
    }

    @Test
    void selectCarriesCrcAAndHaltIsFiftyZeroWithItsCrc() {
        board.chip.present(SimulatedCard.classic("8B6566B9"));
        cards.request(Iso14443a.REQA);
        cards.select(1);

        cards.halt();

        Sent select = sent(Stage.SELECT).get(0);
        assertThat(select.bits()).isEqualTo(72);
        assertThat(HEX.formatHex(select.bytes())).startsWith("93708B6566B9" + "31"); // BCC = 8B ^ 65 ^ 66 ^ B9
        assertThat(SimulatedCrc.ok(select.bytes(), 9)).isTrue();
        assertThat(sent(Stage.HALT)).extracting(s -> HEX.formatHex(s.bytes())).containsExactly("500057CD");
    }

    @Test
    void aHaltedCardIsSilentToRequestAndAnswersWakeUp() {
        SimulatedCard card = SimulatedCard.ntag("04A1B2C3D4E580");
        board.chip.present(card);
        cards.request(Iso14443a.REQA);
        cards.select(1);

        cards.halt();

        assertThat(card.state()).isEqualTo(SimulatedCard.State.HALT);
        assertThat(cards.request(Iso14443a.REQA)).isFalse();
        assertThat(cards.request(Iso14443a.WUPA)).isTrue();
        assertThat(cards.select(0).key().value()).isEqualTo("A:04A1B2C3D4E580");
    }

    @Test
    void anEmptyFieldIsNoAnswerNotAnError() {
        assertThat(cards.request(Iso14443a.REQA)).isFalse();
        assertThat(cards.request(Iso14443a.WUPA)).isFalse();
    }

    @Test
    void cardsWithDifferentAtqasCollideAndStillMeanACardIsThere() {
        board.chip.present(SimulatedCard.classic("8B6566B9")); // ATQA 04 00
        board.chip.present(SimulatedCard.ntag("04A1B2C3D4E580")); // ATQA 44 00

        assertThat(cards.request(Iso14443a.REQA)).isTrue();
    }

    static Stream<Arguments> collisions() {
        return Stream.of(
                // Two cards differing in bit 0 of the first byte.
                Arguments.of(List.of("8B6566B9", "8A6566B9"), 1, "A:8B6566B9"),
                Arguments.of(List.of("8B6566B9", "8A6566B9"), 0, "A:8A6566B9"),
                // Three cards: the first collision is in byte 1 (bit 9), the second, after
                // 9 known bits, in byte 2 (bit 20): CollPos then counts from byte 1, RxAlign included.
                Arguments.of(List.of("11F02233", "11F12233", "11F12A33"), 1, "A:11F12A33"),
                Arguments.of(List.of("11F02233", "11F12233", "11F12A33"), 0, "A:11F02233"),
                // Two collisions in a row where a 1 is preferred: bit 1 and then bit 3.
                Arguments.of(List.of("00000000", "02000000", "0A000000"), 1, "A:0A000000"));
    }

    @ParameterizedTest
    @MethodSource("collisions")
    void collidingCardsAreResolvedTheSameWayEveryTime(List<String> uids, int preferredBit, String winner) {
        uids.forEach(uid -> board.chip.present(SimulatedCard.classic(uid)));

        for (int round = 0; round < 3; round++) {
            assertThat(cards.request(Iso14443a.WUPA)).isTrue();
            assertThat(cards.select(preferredBit).key().value()).isEqualTo(winner);
            cards.halt();
            // WUPA wakes the halted winner again: the choice must not depend on history.
        }
    }

    @Test
    void sevenByteCardsWithTheSameFirstLevelCollideInTheSecond() {
        board.chip.present(SimulatedCard.ntag("04A1B2C3D4E580"));
        board.chip.present(SimulatedCard.ntag("04A1B211D4E580")); // C3 vs 11 differ first in bit 1

        cards.request(Iso14443a.REQA);
        assertThat(cards.select(1).key().value()).isEqualTo("A:04A1B2C3D4E580");
        cards.halt();
        assertThat(cards.request(Iso14443a.REQA)).isTrue();
        assertThat(cards.select(1).key().value()).isEqualTo("A:04A1B211D4E580");
    }

    @Test
    void aWrongCheckByteIsABccError() {
        board.chip.present(SimulatedCard.classic("8B6566B9"));
        board.chip.inject(Fault.CORRUPT, Stage.ANTICOLLISION);
        cards.request(Iso14443a.REQA);

        assertThatThrownBy(() -> cards.select(1)).isInstanceOf(Mfrc522Exception.Bcc.class)
                .hasMessage("BCC 0x30 does not match UID bytes 8B6566B9 (expected 0x31)");
    }

    @Test
    void aWrongSakCrcIsACrcError() {
        board.chip.present(SimulatedCard.classic("8B6566B9"));
        board.chip.inject(Fault.CORRUPT, Stage.SELECT);
        cards.request(Iso14443a.REQA);

        assertThatThrownBy(() -> cards.select(1)).isInstanceOf(Mfrc522Exception.Crc.class)
                .hasMessageStartingWith("CRC_A mismatch in SAK 08");
    }

    @Test
    void aParityErrorIsReportedAsOne() {
        board.chip.present(SimulatedCard.ntag("04A1B2C3D4E580"));
        board.chip.inject(Fault.PARITY, Stage.SELECT);
        cards.request(Iso14443a.REQA);

        assertThatThrownBy(() -> cards.select(1)).isInstanceOf(Mfrc522Exception.Parity.class);
    }

    @Test
    void aCardFallingSilentHalfWayIsATimeout() {
        board.chip.present(SimulatedCard.ntag("04A1B2C3D4E580"));
        board.chip.inject(Fault.SILENT, Stage.ANTICOLLISION);
        cards.request(Iso14443a.REQA);

        assertThatThrownBy(() -> cards.select(1)).isInstanceOf(Mfrc522Exception.Timeout.class)
                .hasMessage("no answer within 10000 µs");
    }

    private List<Sent> sent(Stage stage) {
        return board.chip.sent().stream().filter(s -> s.stage() == stage).toList();
    }
}
