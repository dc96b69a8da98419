package org.backclass.domain.member.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.backclass.domain.member.MemberName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MemberCsvTest {

    private static List<ImportError> errors(String csv) {
        return catchThrowableOfType(ImportRejected.class, () -> MemberCsv.read(csv)).errors();
    }

    @Test
    void aGymExportBecomesOneRowPerMemberWithItsLine() {
        List<ImportRow> rows = MemberCsv.read("""
                firstName,lastName,email,memberNumber,cardUid
                Anna,Keller,anna@example.org,M-001,04:A3:C6:CA:E2:61:80
                Bernd,Vogel,,M-002,
                """);

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).line()).isEqualTo(2);
        assertThat(rows.get(0).name()).isEqualTo(new MemberName("Anna", "Keller"));
        assertThat(rows.get(0).email()).isEqualTo("anna@example.org");
        assertThat(rows.get(0).card()).hasValueSatisfying(k -> assertThat(k.value()).isEqualTo("A:04A3C6CAE26180"));
        assertThat(rows.get(1).email()).isNull();
        assertThat(rows.get(1).card()).isEmpty();
    }

    @Test
    void headersAreFoundIgnoringCaseSeparatorsAndOtherColumns() {
        List<ImportRow> rows = MemberCsv.read("""
                \uFEFFMember_Number;E-Mail;Full Name;Phone;card uid
                M-7;eva@example.org;Eva Maria Stein;0151 123;0077842122
                M-8;;"Brandt, Dieter";;
                """);

        assertThat(rows).extracting(ImportRow::memberNumber).containsExactly("M-7", "M-8");
        assertThat(rows.get(0).name()).isEqualTo(new MemberName("Eva Maria", "Stein"));
        assertThat(rows.get(0).card()).hasValueSatisfying(k -> assertThat(k.value()).isEqualTo("A:04A3C6CA"));
        assertThat(rows.get(1).name()).isEqualTo(new MemberName("Dieter", "Brandt"));
    }

    @Test
    void aQuotedFieldMayHoldCommasQuotesAndLineBreaksAndLinesStayPhysical() {
        List<ImportRow> rows = MemberCsv.read("firstName,lastName,memberNumber,notes\r\n"
                + "\"Anna \"\"Annie\"\"\",\"Keller, Roth\",M-1,\"two\nlines\"\r\n"
                + "Bernd,Vogel,M-2,\r\n");

        assertThat(rows.get(0).name()).isEqualTo(new MemberName("Anna \"Annie\"", "Keller, Roth"));
        assertThat(rows.get(1).line()).isEqualTo(4);
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndColumn() {
        List<ImportError> errors = errors("""
                firstName,lastName,email,memberNumber,cardUid
                Anna,Keller,anna@example.org,M-001,
                Dieter,Brandt,not-an-email,M-102,
                ,Stein,eva@example.org,M-103,XYZ
                Carl,Berg,,,
                Dora,Lind,,M-104,extra,field
                Emil,Ost,,M-001,04A3C6CAE26180
                Fritz,Ost,,M-105,04:a3:c6:ca:e2:61:80
                """);

        assertThat(errors).extracting(ImportError::line, ImportError::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, "email"),
                org.assertj.core.groups.Tuple.tuple(4, "firstName"),
                org.assertj.core.groups.Tuple.tuple(4, "cardUid"),
                org.assertj.core.groups.Tuple.tuple(5, "memberNumber"),
                org.assertj.core.groups.Tuple.tuple(6, null),
                org.assertj.core.groups.Tuple.tuple(7, "memberNumber"),
                org.assertj.core.groups.Tuple.tuple(8, "cardUid"));
        assertThat(errors.get(4).message()).contains("6 fields").contains("header has 5");
        assertThat(errors.get(5).message()).contains("line 2");
        assertThat(errors.get(6).message()).contains("line 7");
    }

    @Test
    void aHeaderWithoutNameOrMemberNumberIsRefusedOnLineOne() {
        List<ImportError> errors = errors("email,phone\nanna@example.org,123\n");

        assertThat(errors).extracting(ImportError::line).containsOnly(1);
        assertThat(errors).extracting(ImportError::message)
                .anyMatch(m -> m.contains("name column")).anyMatch(m -> m.contains("memberNumber column"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "firstName,memberNumber\n", "firstName,memberNumber\n\n  \n"})
    void anEmptyFileOrOneWithoutMembersIsAnErrorNotASilentSuccess(String csv) {
        assertThat(errors(csv)).hasSize(1).first().extracting(ImportError::line).isEqualTo(1);
    }

    @Test
    void anUnterminatedQuoteNamesTheLineItStartsOn() {
        List<ImportError> errors = errors("firstName,memberNumber\nAnna,M-1\n\"Bernd,M-2\nCarl,M-3\n");

        assertThat(errors).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.message()).contains("never ends");
        });
    }

    @Test
    void aFileOfGarbageStopsAfterTwoHundredErrors() {
        StringBuilder csv = new StringBuilder("firstName,memberNumber\n");
        for (int i = 0; i < 1000; i++) {
            csv.append(",\n");
        }
        List<ImportError> errors = errors(csv.toString());

        assertThat(errors).hasSize(MemberCsv.MAX_ERRORS + 1);
        assertThat(errors.get(MemberCsv.MAX_ERRORS).message()).contains("stopped");
    }

    @Test
    void sqlLookingValuesAreJustText() {
        List<ImportRow> rows = MemberCsv.read("name,memberNumber\n\"Robert'); DROP TABLE member;--\",M-1\n");

        assertThat(rows.get(0).name().lastName()).isEqualTo("member;--");
    }
}
