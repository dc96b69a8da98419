package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CsvWriterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "plain         | plain",
        "a,b           | `\"a,b\"`",
        "say \"hi\"    | `\"say \"\"hi\"\"\"`",
        "`two\nlines`  | `\"two\nlines\"`",
        "`cr\rhere`    | `\"cr\rhere\"`",
        "``            | ``",
    })
    void quotesOnlyWhatNeedsQuoting(String value, String expected) {
        assertThat(CsvWriter.field(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "=1+2         | '=1+2",
        "+49 30 1234  | '+49 30 1234",
        "-42          | '-42",
        "@SUM(A1)     | '@SUM(A1)",
        "`\tTab`      | `'\tTab`",
        "`\rCR`       | `'\rCR`",
        "Anna         | Anna",
        "O'Neil       | O'Neil",
        "a=b          | a=b",
    })
    void neutralisesFormulaStarts(String value, String expected) {
        assertThat(CsvWriter.text(value)).isEqualTo(expected);
    }

    @Test
    void rowsEndWithCrlfAndNullsAreEmpty() throws Exception {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        csv.row(Arrays.asList("a", null, "c,d"));
        csv.row(Arrays.asList("e"));
        assertThat(out.toString()).isEqualTo("a,,\"c,d\"\r\ne\r\n");
        assertThat(CsvWriter.text(null)).isNull();
    }
}
