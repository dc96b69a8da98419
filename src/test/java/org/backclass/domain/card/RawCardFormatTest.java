package org.backclass.domain.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RawCardFormatTest {

    @ParameterizedTest(name = "{0} ''{1}'' -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # format     | raw reading            | first lookup key
            hex          | 04A3C6CAE26180         | A:04A3C6CAE26180
            hex          | 04:a3:c6:ca:e2:61:80   | A:04A3C6CAE26180
            hex          | 0x8B6566B9             | A:8B6566B9
            hex          | 100062D9B2             | EM:100062D9B2
            hex-reversed | B966658B               | A:8B6566B9
            hex-reversed | 8061E2CAC6A304         | A:04A3C6CAE26180
            dec          | 0077842122             | DEC:77842122
            dec          | 2338678457             | DEC:2338678457
            w26          | 098,55730              | W26:98,55730
            """)
    void readingsBecomeLookupKeys(String format, String raw, String expected) {
        assertThat(RawCardFormat.fromId(format).lookupKeys(raw)).first().isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reading of a card matches an alias of its key")
    @CsvSource(delimiter = '|', textBlock = """
            # card uid       | format       | what that reader prints
            04A3C6CAE26180   | dec          | 0077842122
            04A3C6CAE26180   | dec          | 3402015492
            8B6566B9         | hex          | B966658B
            8B6566B9         | dec          | 2338678457
            """)
    void everySupportedReadingFindsTheEnrolledCard(String uid, String format, String raw) {
        List<String> aliases = CardKey.iso14443a(HexFormat.of().parseHex(uid)).aliases();

        assertThat(RawCardFormat.fromId(format).lookupKeys(raw)).anyMatch(aliases::contains);
    }

    @ParameterizedTest(name = "{0} ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            hex  | ZZZZ                 | not hexadecimal
            hex  | 123                  | odd number
            hex  | 010203               | expected 4, 7 or 10 bytes
            hex  | '   '                | empty
            dec  | 12a4                 | not a decimal
            dec  | 99999999999999999999999999 | not a decimal
            w26  | 300,1                | facility is 0-255
            w26  | 12                   | facility,id
            """)
    void garbageIsRefusedWithAReason(String format, String raw, String reason) {
        assertThatThrownBy(() -> RawCardFormat.fromId(format).lookupKeys(raw))
                .isInstanceOf(InvalidCardReadException.class)
                .hasMessageContaining(reason);
    }

    @Test
    void controlCharactersDoNotReachTheMessage() {
        assertThatThrownBy(() -> RawCardFormat.HEX.lookupKeys("\u001b[31mred"))
                .hasMessageNotContaining("\u001b");
    }

    @Test
    void unknownFormatListsTheAllowedOnes() {
        assertThatThrownBy(() -> RawCardFormat.fromId("base64"))
                .hasMessageContaining("hex, hex-reversed, dec, w26");
    }
}
