package org.backclass.hardware.mfrc522;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The software CRC_A against the standard's examples, an independent bitwise CRC, and the chip's CalcCRC. */
class Mfrc522CrcTest {

    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    @ParameterizedTest
    @CsvSource({"0000, 0000A01E", "1234, 123426CF", "5000, 500057CD"})
    void knownFramesGetTheirKnownCrc(String data, String withCrc) {
        assertThat(HEX.formatHex(CrcA.append(HEX.parseHex(data)))).isEqualTo(withCrc);
        assertThat(CrcA.valid(HEX.parseHex(withCrc))).isTrue();
    }

    @Test
    void aChangedByteOrTooShortFrameIsNotValid() {
        assertThat(CrcA.valid(HEX.parseHex("500057CC"))).isFalse();
        assertThat(CrcA.valid(HEX.parseHex("57CD"))).isFalse();
    }

    @Test
    void theByteWiseFormAgreesWithTheBitWiseOne() {
        Random random = new Random(14443);
        for (int i = 0; i < 500; i++) {
            byte[] data = new byte[random.nextInt(20)];
            random.nextBytes(data);
            assertThat(CrcA.of(data, 0, data.length)).as(HEX.formatHex(data))
                    .isEqualTo(SimulatedCrc.crcA(data, data.length));
        }
    }

    @Test
    void theChipsCalcCrcCommandAgreesWithTheSoftwareCrc() {
        try (SimulatedBoard board = new SimulatedBoard()) {
            Mfrc522Bus bus = board.driver().bus();
            byte[] data = HEX.parseHex("9370" + "8B6566B931");
            bus.write(0x11, 0x3D); // ModeReg: CRC preset 0x6363
            bus.write(0x05, 0x04); // DivIrqReg: clear CRCIRq
            bus.write(0x0A, 0x80); // flush the FIFO
            bus.write(0x09, data);
            bus.write(0x01, 0x03); // CalcCRC

            int[] result = bus.read(0x05, 0x22, 0x21);

            assertThat(result[0] & 0x04).isEqualTo(0x04);
            assertThat(result[1] | result[2] << 8).isEqualTo(CrcA.of(data, 0, data.length));
        }
    }
}
