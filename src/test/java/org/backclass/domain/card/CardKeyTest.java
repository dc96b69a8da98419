package org.backclass.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CardKeyTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # uid hex (card order)  | canonical key              | a decimal alias      | reversed alias
            8B6566B9                | A:8B6566B9                 | DEC:2338678457       | AR:B966658B
            04A3C6CAE26180          | A:04A3C6CAE26180           | DEC:77842122         | AR:8061E2CAC6A304
            00000001                | A:00000001                 | DEC:1                | AR:01000000
            FFFFFFFF                | A:FFFFFFFF                 | DEC:4294967295       | AR:FFFFFFFF
            0102030405060708090A    | A:0102030405060708090A     | DEC:16909060         | AR:0A090807060504030201
            """)
    void iso14443aKeysAndAliases(String uid, String canonical, String decimalAlias, String reversedAlias) {
        CardKey key = CardKey.iso14443a(HexFormat.of().parseHex(uid));

        assertThat(key.value()).isEqualTo(canonical);
        assertThat(key.aliases()).first().isEqualTo(canonical);
        assertThat(key.aliases()).contains(decimalAlias, reversedAlias);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # uid          | first 4 bytes big-endian | first 4 bytes little-endian | whole UID as one number
            04A3C6CAE26180 | DEC:77842122             | DEC:3402015492              | DEC:1305974109528448
            1EA68671       | DEC:514229873            | DEC:1904649758              | -
            """)
    void decimalAliasesCoverBothByteOrdersAndTheWholeUid(String uid, String be, String le, String whole) {
        CardKey key = CardKey.iso14443a(HexFormat.of().parseHex(uid));

        assertThat(key.aliases()).contains(be, le);
        if (!whole.equals("-")) {
            assertThat(key.aliases()).contains(whole);
        }
    }

    @ParameterizedTest(name = "EM {0}")
    @CsvSource(delimiter = '|', textBlock = """
            # 40-bit id   | canonical        | 40-bit decimal   | low 32 bits (8H10D) | Wiegand-26
            100062D9B2    | EM:100062D9B2    | DEC:68725954994  | DEC:6478258         | W26:98,55730
            0000000001    | EM:0000000001    | DEC:1            | DEC:1               | W26:0,1
            """)
    void em4100KeysAndAliases(String id, String canonical, String dec40, String dec32, String w26) {
        CardKey key = CardKey.em4100(HexFormat.of().parseHex(id));

        assertThat(key.value()).isEqualTo(canonical);
        assertThat(key.aliases()).first().isEqualTo(canonical);
        assertThat(key.aliases()).contains(dec40, dec32, w26);
    }

    @ParameterizedTest(name = "{0} bytes refused")
    @CsvSource({"3", "5", "6", "8", "11"})
    void iso14443aRefusesOtherLengths(int length) {
        assertThatThrownBy(() -> CardKey.iso14443a(new byte[length]))
                .isInstanceOf(InvalidCardReadException.class)
                .hasMessageContaining("4, 7 or 10 bytes");
    }

    @ParameterizedTest(name = "''{0}''")
    @CsvSource({"A:123", "B:12345678", "A:8b6566b9", "EM:12345678", "a:12345678", "A:1234567"})
    void canonicalFormIsStrict(String value) {
        assertThatThrownBy(() -> new CardKey(value)).isInstanceOf(InvalidCardReadException.class);
    }
}
