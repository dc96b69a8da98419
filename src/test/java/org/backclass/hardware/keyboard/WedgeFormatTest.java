package org.backclass.hardware.keyboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.InvalidCardReadException;
import org.backclass.hardware.keyboard.WedgeFormat.ByteOrder;
import org.backclass.hardware.keyboard.WedgeFormat.Output;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WedgeFormatTest {

    @ParameterizedTest(name = "{0} {1} {2}: ''{3}'' -> {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # output | order     | bytes | typed                | first lookup key
            DECIMAL  | MSB_FIRST | 4     | 2338678457           | DEC:2338678457
            DECIMAL  | LSB_FIRST | 4     | 3110495627           | DEC:2338678457
            DECIMAL  | MSB_FIRST | 4     | 0006478258           | DEC:6478258
            DECIMAL  | LSB_FIRST | 4     | 3000590848           | DEC:6478258
            DECIMAL  | MSB_FIRST | 5     | 0068725954994        | EM:100062D9B2
            DECIMAL  | LSB_FIRST | 5     | 0768151257104        | EM:100062D9B2
            DECIMAL  | MSB_FIRST | 7     | 01305974109528448    | A:04A3C6CAE26180
            DECIMAL  | LSB_FIRST | 7     | 36136423711482628    | A:04A3C6CAE26180
            HEX      | MSB_FIRST | 4     | 8B6566B9             | A:8B6566B9
            HEX      | LSB_FIRST | 4     | B966658B             | A:8B6566B9
            HEX      | MSB_FIRST | 5     | 100062D9B2           | EM:100062D9B2
            HEX      | MSB_FIRST | 7     | 04A3C6CAE26180       | A:04A3C6CAE26180
            HEX      | LSB_FIRST | 7     | 8061E2CAC6A304       | A:04A3C6CAE26180
            HEX      | MSB_FIRST | 7     | 04a3c6cae26180       | A:04A3C6CAE26180
            """)
    void readingsBecomeLookupKeys(Output output, ByteOrder order, int bytes, String typed, String expected) {
        assertThat(new WedgeFormat(output, order, bytes).lookupKeys(typed)).first().isEqualTo(expected);
    }

    @ParameterizedTest(name = "enrolled on a hex reader as {0}, typed as {2} by a {1} reader")
    @CsvSource(delimiter = '|', textBlock = """
            # card, as a hex reader typed it | reading reader      | what it typed
            8B6566B9                         | DECIMAL MSB_FIRST 4 | 2338678457
            8B6566B9                         | DECIMAL LSB_FIRST 4 | 3110495627
            8B6566B9                         | HEX LSB_FIRST 4     | B966658B
            04A3C6CAE26180                   | DECIMAL MSB_FIRST 4 | 0077842122
            04A3C6CAE26180                   | DECIMAL LSB_FIRST 4 | 3402015492
            04A3C6CAE26180                   | DECIMAL MSB_FIRST 7 | 01305974109528448
            100062D9B2                       | DECIMAL MSB_FIRST 4 | 0006478258
            100062D9B2                       | DECIMAL LSB_FIRST 4 | 3000590848
            100062D9B2                       | DECIMAL MSB_FIRST 5 | 0068725954994
            """)
    void theSameCardReadOnAnyReaderResolvesToTheCardEnrolledOnAHexReader(String hexTyped, String reader,
            String typed) {
        // given: enrolment stored every alias of the key a hex reader produced (as JdbcMemberStore does)
        WedgeFormat hexReader = new WedgeFormat(Output.HEX, ByteOrder.MSB_FIRST, hexTyped.length() / 2);
        CardKey enrolled = new CardKey(hexReader.lookupKeys(hexTyped).get(0));
        AliasTable table = new AliasTable();
        table.enrol(enrolled);
        table.enrol(CardKey.iso14443a(HexFormat.of().parseHex("0102030405060708090A")));

        // when: another kind of reader types the same card
        List<String> keys = format(reader).lookupKeys(typed);

        // then: the first key that is an alias names that card (as JdbcCheckInStore looks it up)
        assertThat(table.resolve(keys)).contains(enrolled);
    }

    @Test
    void aTenDigitDecimalOfAFourByteUidMatchesTheAliasHexEnrolmentStored() {
        CardKey enrolled = new CardKey(new WedgeFormat(Output.HEX, ByteOrder.MSB_FIRST, 4).lookupKeys("8B6566B9").get(0));

        List<String> keys = WedgeFormat.TEN_DIGIT_DECIMAL.lookupKeys("2338678457");

        assertThat(enrolled.value()).isEqualTo("A:8B6566B9");
        assertThat(keys).containsExactly("DEC:2338678457");
        assertThat(enrolled.aliases()).contains("DEC:2338678457");
    }

    @ParameterizedTest(name = "{0}: ''{1}''")
    @CsvSource(delimiter = '|', textBlock = """
            DECIMAL MSB_FIRST 4 | 233867845              | expected 10 digits, got 9
            DECIMAL MSB_FIRST 4 | 23386784570            | expected 10 digits, got 11
            DECIMAL MSB_FIRST 4 | 23386A8457             | not a digit
            DECIMAL MSB_FIRST 4 | 4294967296             | larger than 4 bytes
            DECIMAL MSB_FIRST 4 | 233867845?             | not a digit
            DECIMAL MSB_FIRST 5 | 0006478258             | expected 13 digits, got 10
            HEX MSB_FIRST 4     | 8B6566B                | expected 8 hex digits, got 7
            HEX MSB_FIRST 7     | 8B6566B9               | expected 14 hex digits, got 8
            HEX MSB_FIRST 4     | 8B6566G9               | not 0-9 or A-F
            HEX MSB_FIRST 4     | ''                     | got 0
            """)
    void garbageIsRefusedWithAReasonThatDoesNotQuoteIt(String reader, String typed, String reason) {
        assertThatThrownBy(() -> format(reader).lookupKeys(typed))
                .isInstanceOf(InvalidCardReadException.class)
                .hasMessageContaining(reason)
                .hasMessageNotContaining(typed.isEmpty() ? "\u0000" : typed);
    }

    @Test
    void aReadingHasTheLengthOfTheLargestNumber() {
        assertThat(List.of(4, 5, 7)).map(b -> new WedgeFormat(Output.DECIMAL, ByteOrder.MSB_FIRST, b).length())
                .containsExactly(10, 13, 17);
        assertThat(List.of(4, 5, 7)).map(b -> new WedgeFormat(Output.HEX, ByteOrder.LSB_FIRST, b).length())
                .containsExactly(8, 10, 14);
    }

    @Test
    void onlyFourFiveOrSevenBytes() {
        for (int bytes : new int[] {0, 3, 6, 8, 10}) {
            assertThatThrownBy(() -> new WedgeFormat(Output.HEX, ByteOrder.MSB_FIRST, bytes))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("4, 5 or 7 bytes");
        }
        assertThatThrownBy(() -> new WedgeFormat(null, ByteOrder.MSB_FIRST, 4)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void describesItselfForStatusLines() {
        assertThat(WedgeFormat.TEN_DIGIT_DECIMAL).hasToString("dec, 4 bytes, MSB first");
        assertThat(new WedgeFormat(Output.HEX, ByteOrder.LSB_FIRST, 7)).hasToString("hex, 7 bytes, LSB first");
    }

    /** "DECIMAL LSB_FIRST 4" */
    static WedgeFormat format(String spec) {
        String[] p = spec.trim().split("\\s+");
        return new WedgeFormat(Output.valueOf(p[0]), ByteOrder.valueOf(p[1]), Integer.parseInt(p[2]));
    }

    /** The card_alias table in miniature: every alias of each enrolled key, first match wins. */
    private static final class AliasTable {
        private final Map<String, CardKey> aliases = new HashMap<>();

        void enrol(CardKey key) {
            for (String alias : key.aliases()) {
                assertThat(aliases.putIfAbsent(alias, key)).as("alias %s taken", alias).isNull();
            }
        }

        Optional<CardKey> resolve(List<String> lookupKeys) {
            return lookupKeys.stream().filter(aliases::containsKey).findFirst().map(aliases::get);
        }
    }
}
