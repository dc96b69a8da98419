package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.NewMember;
import org.backclass.domain.member.imports.ImportRejected;
import org.backclass.domain.member.imports.ImportResult;
import org.backclass.domain.member.imports.MemberCsv;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcMemberImportTest {

    private static final String HEADER = "firstName,lastName,email,memberNumber,cardUid\n";

    @TempDir
    Path dir;
    private TestGym gym;
    private JdbcMemberImport imports;

    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, Instant.parse("2026-11-22T10:00:00Z"));
        imports = new JdbcMemberImport(gym.db, gym.clock);
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    private ImportResult importCsv(String rows) {
        return imports.apply(MemberCsv.read(HEADER + rows));
    }

    private Member byNumber(String number) {
        return gym.members.listWithCards().stream().filter(m -> number.equals(m.memberNumber())).findFirst()
                .orElseThrow();
    }

    @Test
    void newNumbersAreCreatedKnownOnesChangedAndCardsEnrolledSoTheyCheckIn() {
        gym.members.create(new NewMember(new MemberName("Anna", "Keller"), "M-001", "old@example.org", true));

        ImportResult result = importCsv("""
                Anna,Keller-Roth,,M-001,
                Clara,Berg,clara@example.org,M-101,04:A3:C6:CA:E2:61:80
                Dieter,Brandt,,M-102,
                """);

        assertThat(result).isEqualTo(new ImportResult(2, 1, 0, 1));
        Member anna = byNumber("M-001");
        assertThat(anna.name().lastName()).isEqualTo("Keller-Roth");
        assertThat(anna.email()).as("an empty email keeps the stored one").isEqualTo("old@example.org");
        assertThat(anna.staff()).as("the staff flag is not the file's business").isTrue();
        assertThat(gym.tap("04A3C6CAE26180")).isInstanceOf(CheckInOutcome.CheckedIn.class);
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        String file = "Clara,Berg,clara@example.org,M-101,04A3C6CAE26180\nDieter,Brandt,,M-102,\n";
        importCsv(file);

        ImportResult again = importCsv(file);

        assertThat(again).isEqualTo(new ImportResult(0, 0, 2, 0));
        assertThat(gym.members.listWithCards()).hasSize(2);
        assertThat(byNumber("M-101").cards()).hasSize(1);
    }

    @Test
    void aCardSomeoneElseHoldsRejectsTheWholeFileAndChangesNothing() {
        gym.memberWithCard("Bernd", "Vogel", "04A3C6CAE26180");
        List<Member> before = gym.members.listWithCards();

        ImportRejected rejected = catchThrowableOfType(ImportRejected.class, () -> importCsv("""
                Clara,Berg,clara@example.org,M-101,
                Eva,Stein,,M-103,04:A3:C6:CA:E2:61:80
                """));

        assertThat(rejected.errors()).singleElement().satisfies(e -> {
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.field()).isEqualTo("cardUid");
            assertThat(e.message()).contains("Bernd V.");
        });
        assertThat(gym.members.listWithCards()).isEqualTo(before);
    }

    @Test
    void aCardReadInTheOtherByteOrderIsTheMembersOwnCardNotANewOne() {
        importCsv("Clara,Berg,,M-101,8B6566B9\n");

        ImportResult result = importCsv("Clara,Berg,,M-101,B966658B\n");

        assertThat(result.cardsEnrolled()).isZero();
        assertThat(byNumber("M-101").cards()).hasSize(1);
    }
}
