package org.backclass.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Enrolling a card by its number, typed or imported, in any format a desk reader or a file gives it. */
class CardEnrolmentKeyTest {

    @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # format     | card number as written | key stored
            hex          | 04A3C6CAE26180         | A:04A3C6CAE26180
            hex          | 04:a3:c6:ca:e2:61:80   | A:04A3C6CAE26180
            hex          | 04-A3-C6-CA-E2-61-80   | A:04A3C6CAE26180
            hex          | 0x8B6566B9             | A:8B6566B9
            hex          | 100062D9B2             | EM:100062D9B2
            hex-reversed | 8061E2CAC6A304         | A:04A3C6CAE26180
            dec          | 2338678457             | A:8B6566B9
            dec          | 0000000001             | A:00000001
            dec          | 4294967296             | A:00000100000000
            """)
    void aNumberNamesOneCard(String format, String raw, String expected) {
        assertThat(RawCardFormat.fromId(format).enrolmentKey(raw).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "a card enrolled as ''{0}'' is found by a {1} reader printing {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # typed at the desk | reader on the kiosk | what that reader prints
            2338678457          | dec                 | 2338678457
            2338678457          | hex                 | 8B6566B9
            2338678457          | hex                 | B966658B
            0077842122          | dec                 | 0077842122
            """)
    void aCardEnrolledByItsDecimalNumberIsFoundByEveryReader(String typed, String format, String printed) {
        List<String> stored = RawCardFormat.DECIMAL.enrolmentKey(typed).aliases();
        List<String> lookedUp = RawCardFormat.fromId(format).lookupKeys(printed);
        assertThat(lookedUp).anyMatch(stored::contains);
    }

    @Test
    void tenDigitsAreTheDecimalOfADeskReaderAnythingElseIsHex() {
        assertThat(RawCardFormat.guess("0077842122")).isEqualTo(RawCardFormat.DECIMAL);
        assertThat(RawCardFormat.guess(" 2338678457 ")).isEqualTo(RawCardFormat.DECIMAL);
        assertThat(RawCardFormat.guess("8B6566B9")).isEqualTo(RawCardFormat.HEX);
        assertThat(RawCardFormat.guess("12345678")).isEqualTo(RawCardFormat.HEX);
        assertThat(RawCardFormat.guess("04:A3:C6:CA:E2:61:80")).isEqualTo(RawCardFormat.HEX);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "XYZ", "04A3C", "04A3C6", "1' OR '1'='1", "0x", "٣٣٣٣٣٣٣٣٣٣"})
    void garbageIsRefusedWithAReason(String raw) {
        assertThatThrownBy(() -> RawCardFormat.guess(raw).enrolmentKey(raw))
                .isInstanceOf(InvalidCardReadException.class).hasMessageNotContaining("Exception");
    }

    @Test
    void aWiegandReadingCannotEnrolBecauseItKeepsOnlyPartOfTheCard() {
        assertThatThrownBy(() -> RawCardFormat.WIEGAND26.enrolmentKey("98,55730"))
                .isInstanceOf(InvalidCardReadException.class).hasMessageContaining("UID");
    }

    @Test
    void aCanonicalKeyComesFromALosslessReadingOnly() {
        CardKey key = CardKey.iso14443a(HexFormat.of().parseHex("04A3C6CAE26180"));
        assertThat(CardRead.of("r", key).canonicalKey()).contains(key);
        assertThat(CardRead.parse("r", "0077842122", RawCardFormat.DECIMAL).canonicalKey()).isEmpty();
    }
}
