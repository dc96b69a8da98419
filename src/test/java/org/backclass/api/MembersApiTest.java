package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberName;
import org.backclass.domain.member.NewMember;
import org.backclass.store.Database;
import org.backclass.store.JdbcMemberStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MembersApiTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseThatIsGoneIsAServiceUnavailableNotAServerError() {
        Database gone = Database.open(dir.resolve("gone.db"), "test-kiosk");
        gone.close();
        try (TestKiosk kiosk = TestKiosk.customized(dir, ctx -> new ApiContext(ctx.version(), ctx.startedAt(),
                ctx.clock(), ctx.tokens(), ctx.attendance(), new JdbcMemberStore(gone, ctx.clock()),
                ctx.databaseHealthy(), ctx.readers(), ctx.simulator(), ctx.progress(), ctx.classProgress(),
                ctx.redFlags(), ctx.timetable(), ctx.rosters(), ctx.metrics(), ctx.privacy(), ctx.audit(), ctx.memberImport(), ctx.cardCaptures()))) {

            HttpResponse<String> response = kiosk.get("/api/v1/members", kiosk.staffToken);

            assertThat(TestKiosk.assertProblem(response, 503)).contains("database is not available");
        }
    }

    @Test
    void listsMembersWithTheirCardsIncludingRevokedOnes() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            // given
            Member anna = kiosk.members.create(new NewMember(new MemberName("Anna", "Keller"), "M-001",
                    "anna@example.org"));
            Member.Card active = kiosk.members.enrolCard(anna.id(), new CardKey("A:04A3C6CAE26180"));
            kiosk.clock.advance(Duration.ofDays(1));
            Member.Card revoked = kiosk.members.enrolCard(anna.id(), new CardKey("EM:0102030405"));
            kiosk.clock.advance(Duration.ofHours(1));
            kiosk.members.revokeCard(revoked.id());
            kiosk.members.create(new NewMember(new MemberName("Ben", "Adams"), null, null));

            // when
            HttpResponse<String> response = kiosk.get("/api/v1/members", kiosk.staffToken);

            // then
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode items = TestKiosk.json(response).path("items");
            assertThat(items).hasSize(2);
            JsonNode ben = items.get(0);
            assertThat(ben.path("lastName").asText()).isEqualTo("Adams");
            assertThat(ben.path("memberNumber").isNull()).isTrue();
            assertThat(ben.path("email").isNull()).isTrue();
            assertThat(ben.path("cards")).isEmpty();

            JsonNode a = items.get(1);
            assertThat(a.path("id").asText()).isEqualTo(anna.id().toString());
            assertThat(a.path("firstName").asText()).isEqualTo("Anna");
            assertThat(a.path("lastName").asText()).isEqualTo("Keller");
            assertThat(a.path("memberNumber").asText()).isEqualTo("M-001");
            assertThat(a.path("email").asText()).isEqualTo("anna@example.org");
            assertThat(a.path("createdAt").asText()).isEqualTo("2025-03-10T09:00:00Z");
            assertThat(a.path("cards")).hasSize(2);
            JsonNode first = a.path("cards").get(0);
            assertThat(first.path("id").asText()).isEqualTo(active.id().toString());
            assertThat(first.path("key").asText()).isEqualTo("A:04A3C6CAE26180");
            assertThat(first.path("enrolledAt").asText()).isEqualTo("2025-03-10T09:00:00Z");
            assertThat(first.path("revokedAt").isNull()).isTrue();
            assertThat(first.path("revoked").asBoolean()).isFalse();
            JsonNode second = a.path("cards").get(1);
            assertThat(second.path("key").asText()).isEqualTo("EM:0102030405");
            assertThat(second.path("revokedAt").asText()).isEqualTo("2025-03-11T10:00:00Z");
            assertThat(second.path("revoked").asBoolean()).isTrue();
        }
    }

    @Test
    void noMembersIsAnEmptyList() {
        try (TestKiosk kiosk = TestKiosk.start(dir)) {
            assertThat(TestKiosk.json(kiosk.get("/api/v1/members", kiosk.adminToken)).path("items")).isEmpty();
        }
    }
}
