package org.backclass.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.backclass.domain.member.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding members over the API — search, one member, the CSV export — over real HTTP against a
 * real SQLite file; staff only, and bad input is a 400, never a 500.
 */
class MemberLookupApiTest {

    @TempDir
    Path dir;
    TestKiosk kiosk;
    Member anna;
    Member andreas;
    String annasCard;

    @BeforeEach
    void seed() {
        kiosk = TestKiosk.start(dir);
        anna = kiosk.member("Anna", "Keller", "M-001");
        annasCard = kiosk.card(anna, 1);
        andreas = kiosk.member("Andreas", "Kellermann", "M-002");
        kiosk.member("=cmd|' /C calc'!A0", "Formula", "M-003");
    }

    @AfterEach
    void stop() {
        kiosk.close();
    }

    private List<String> names(String query) {
        HttpResponse<String> response = kiosk.get("/api/v1/members" + query, kiosk.staffToken);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        List<String> out = new ArrayList<>();
        for (JsonNode m : TestKiosk.json(response).path("items")) {
            out.add(m.path("firstName").asText() + " " + m.path("lastName").asText());
        }
        return out;
    }

    @Test
    void searchFindsBeginningsOfNamesAndExactMemberNumbers() {
        assertThat(names("")).hasSize(3);
        assertThat(names("?q=kell")).containsExactly("Anna Keller", "Andreas Kellermann");
        assertThat(names("?q=an%20kellerm")).containsExactly("Andreas Kellermann");
        assertThat(names("?q=M-001")).containsExactly("Anna Keller");
        assertThat(names("?q=ller")).isEmpty();
        assertThat(names("?q=kell&limit=1")).containsExactly("Anna Keller");
        assertThat(names("?q=%27%20OR%201%3D1%20--")).isEmpty();
    }

    @Test
    void oneMemberWithCardsOrA404() {
        HttpResponse<String> response = kiosk.get("/api/v1/members/" + anna.id(), kiosk.staffToken);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = TestKiosk.json(response);
        assertThat(body.path("lastName").asText()).isEqualTo("Keller");
        assertThat(body.path("cards")).hasSize(1);
        assertThat(body.path("cards").get(0).path("key").asText()).contains(annasCard);
        TestKiosk.assertProblem(kiosk.get("/api/v1/members/" + java.util.UUID.randomUUID(), kiosk.staffToken), 404);
        TestKiosk.assertProblem(kiosk.get("/api/v1/members/..%2F..%2Fetc%2Fpasswd", kiosk.staffToken), 400);
        TestKiosk.assertProblem(kiosk.get("/api/v1/members/" + anna.id(), kiosk.viewerToken), 403);
    }

    @Test
    void exportIsEveryMemberAsCsvWithFormulasDefused() {
        HttpResponse<String> response = kiosk.get("/api/v1/members/export", kiosk.staffToken);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("text/csv"));
        List<String> lines = List.of(response.body().split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("memberNumber,firstName,lastName,email,cards,staff,createdAt");
        assertThat(lines).hasSize(4);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("M-001,Anna,Keller,").contains(annasCard));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("M-003,'=cmd|' /C calc'!A0,Formula,"));
        TestKiosk.assertProblem(kiosk.get("/api/v1/members/export", kiosk.viewerToken), 403);
        TestKiosk.assertProblem(kiosk.get("/api/v1/members/export?x=1", kiosk.staffToken), 400);
    }

    @Test
    void badSearchesAre400s() {
        for (String bad : List.of("?q=", "?q=" + "a".repeat(101), "?limit=0", "?limit=1001", "?limit=ten",
                "?q=a&q=b", "?name=anna")) {
            TestKiosk.assertProblem(kiosk.get("/api/v1/members" + bad, kiosk.staffToken), 400);
        }
    }
}
