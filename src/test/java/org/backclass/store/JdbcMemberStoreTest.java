package org.backclass.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.member.CardCollisionException;
import org.backclass.domain.member.Member;
import org.backclass.testing.TestGym;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcMemberStoreTest {

    @TempDir
    Path dir;
    private TestGym gym;

    @BeforeEach
    void setUp() {
        gym = new TestGym(dir, Instant.parse("2026-11-22T10:00:00Z"));
    }

    @AfterEach
    void tearDown() {
        gym.close();
    }

    @Test
    void membersAreListedByNameWithTheirCards() {
        Member zoe = gym.memberWithCard("Zoe", "Adams", "11223344");
        Member anna = gym.memberWithCard("Anna", "Keller", "04A3C6CAE26180");
        gym.members.enrolCard(anna.id(), CardKey.iso14443a(HexFormat.of().parseHex("55667788")));

        var list = gym.members.listWithCards();

        assertThat(list).extracting(m -> m.name().firstName()).containsExactly("Zoe", "Anna");
        assertThat(list.get(1).cards()).extracting(Member.Card::key)
                .containsExactly("A:04A3C6CAE26180", "A:55667788");
        assertThat(list.get(0).id()).isEqualTo(zoe.id());
    }

    @Test
    void theSameCardCannotBeEnrolledTwice() {
        gym.memberWithCard("Anna", "Keller", "04A3C6CAE26180");
        Member bernd = gym.memberWithCard("Bernd", "Vogel", "8B6566B9");

        assertThatThrownBy(() -> gym.members.enrolCard(bernd.id(),
                CardKey.iso14443a(HexFormat.of().parseHex("04A3C6CAE26180"))))
                .isInstanceOf(CardCollisionException.class)
                .hasMessageContaining("already enrolled for Anna K.");
    }

    @Test
    void aCardWhoseReadingCollidesWithAnAliasIsRefusedAndNothingIsWritten() {
        gym.memberWithCard("Anna", "Keller", "8B6566B9");
        Member bernd = gym.memberWithCard("Bernd", "Vogel", "11111111");

        // B966658B is Anna's card read in the other byte order.
        assertThatThrownBy(() -> gym.members.enrolCard(bernd.id(),
                CardKey.iso14443a(HexFormat.of().parseHex("B966658B"))))
                .isInstanceOf(CardCollisionException.class)
                .hasMessageContaining("reads like a card of Anna K.");
        assertThat(gym.members.listWithCards())
                .filteredOn(m -> m.id().equals(bernd.id()))
                .singleElement()
                .satisfies(m -> assertThat(m.cards()).extracting(Member.Card::key).containsExactly("A:11111111"));
        int aliases = gym.db.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM card_alias")) {
                rs.next();
                return rs.getInt(1);
            }
        });
        assertThat(aliases).as("aliases of the two enrolled cards only").isEqualTo(new CardKey("A:8B6566B9").aliases().size() + new CardKey("A:11111111").aliases().size());
    }

    @Test
    void aRevokedCardCanBeEnrolledForSomeoneElse() {
        Member anna = gym.memberWithCard("Anna", "Keller", "8B6566B9");
        Member bernd = gym.memberWithCard("Bernd", "Vogel", "11111111");

        assertThat(gym.members.revokeCard(anna.cards().get(0).id())).isTrue();
        assertThat(gym.members.revokeCard(anna.cards().get(0).id())).isFalse();

        gym.members.enrolCard(bernd.id(), CardKey.iso14443a(HexFormat.of().parseHex("8B6566B9")));
        assertThat(gym.members.listWithCards())
                .filteredOn(m -> m.id().equals(anna.id()))
                .singleElement()
                .satisfies(m -> assertThat(m.cards().get(0).revoked()).isTrue());
    }

    @Test
    void searchMatchesNamePrefixesOfEveryWordOrTheMemberNumber() {
        gym.memberWithCard("Anna", "Keller", "11111111");
        gym.memberWithCard("Annette", "Kowalski", "22222222");
        gym.memberWithCard("Bernd", "Anders", "33333333");
        Member numbered = gym.members.create(new org.backclass.domain.member.NewMember(
                new org.backclass.domain.member.MemberName("Carla", "Ruiz"), "M1042", null));

        assertThat(gym.members.search("an", 10)).extracting(m -> m.name().shortName())
                .containsExactly("Bernd A.", "Anna K.", "Annette K.");
        assertThat(gym.members.search("ann ko", 10)).extracting(m -> m.name().shortName())
                .containsExactly("Annette K.");
        assertThat(gym.members.search("  KELLER ", 10)).extracting(m -> m.name().shortName())
                .containsExactly("Anna K.");
        assertThat(gym.members.search("M1042", 10)).extracting(Member::id).containsExactly(numbered.id());
        assertThat(gym.members.search("an", 2)).hasSize(2);
        assertThat(gym.members.search("   ", 10)).isEmpty();
        assertThat(gym.members.search("%", 10)).as("LIKE wildcards are literal").isEmpty();
        assertThat(gym.members.search("'; DROP TABLE member; --", 10)).isEmpty();
        assertThat(gym.members.count()).isEqualTo(4);
    }

    @Test
    void findCardFindsTheValidCardByAnyOfItsAliasesUntilItIsRevoked() {
        Member anna = gym.memberWithCard("Anna", "Keller", "04A3C6CAE26180");
        CardKey key = CardKey.iso14443a(HexFormat.of().parseHex("04A3C6CAE26180"));

        var owner = gym.members.findCard(java.util.List.of("DEC:nothing", key.aliases().get(1)));

        assertThat(owner).hasValueSatisfying(o -> {
            assertThat(o.memberId()).isEqualTo(anna.id());
            assertThat(o.key()).isEqualTo(key.value());
            assertThat(o.name().shortName()).isEqualTo("Anna K.");
        });
        gym.members.revokeCard(owner.orElseThrow().cardId());
        assertThat(gym.members.findCard(key.aliases())).isEmpty();
    }
}
