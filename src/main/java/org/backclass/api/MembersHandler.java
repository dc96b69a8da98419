package org.backclass.api;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.UUID;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberStore;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/v1/members}: members with every card, revoked ones included — all of them, or
 * those a search {@code q} finds (the words as beginnings of first or last names, or an exact
 * member number), at most {@code limit}; as JSON, or every member as one CSV file from
 * {@code GET /api/v1/members/export}.
 */
final class MembersHandler extends ApiHandler {

    record MemberList(List<MemberItem> items) {
    }

    record MemberItem(UUID id, String firstName, String lastName, String memberNumber, String email,
            boolean staff, Instant createdAt, List<CardItem> cards) {
        static MemberItem of(Member m) {
            return new MemberItem(m.id(), m.name().firstName(), m.name().lastName(), m.memberNumber(), m.email(),
                    m.staff(), m.createdAt(), m.cards().stream().map(CardItem::of).toList());
        }
    }

    record CardItem(UUID id, String key, Instant enrolledAt, Instant revokedAt, boolean revoked) {
        static CardItem of(Member.Card c) {
            return new CardItem(c.id(), c.key(), c.enrolledAt(), c.revokedAt(), c.revoked());
        }
    }

    static final String EXPORT_PATH = ApiRoutes.PREFIX + "/members/export";
    static final List<String> CSV_HEADER = List.of("memberNumber", "firstName", "lastName", "email", "cards",
            "staff", "createdAt");
    static final int MAX_LIMIT = 1000;
    private static final Set<String> PARAMETERS = Set.of("q", "limit");

    private final MemberStore members;
    private final boolean export;

    /** @param export true: every member as CSV; false: the JSON list or search */
    MembersHandler(MemberStore members, boolean export) {
        this.members = members;
        this.export = export;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        if (export) {
            QueryParams.of(request, Set.of());
            List<List<String>> rows = members.listWithCards().stream().map(MembersHandler::csvRow).toList();
            CsvDownload.send(response, callback, "members.csv", CsvDownload.render(CSV_HEADER, rows));
            return;
        }
        QueryParams query = QueryParams.of(request, PARAMETERS);
        int limit = query.intIn("limit", 1, MAX_LIMIT, MAX_LIMIT);
        List<Member> found = members.listWithCards();
        if (query.has("q")) {
            String q = query.single("q").orElseThrow();
            if (q.isBlank() || q.length() > 100) {
                throw ApiProblem.badRequest("parameter 'q' must be 1-100 characters");
            }
            Set<UUID> hits = members.search(q, limit).stream().map(Member::id).collect(Collectors.toSet());
            found = found.stream().filter(m -> hits.contains(m.id())).toList();
        }
        List<MemberItem> items = found.stream().limit(limit).map(MemberItem::of).toList();
        Json.send(response, callback, HttpStatus.OK_200, new MemberList(items));
    }

    private static List<String> csvRow(Member m) {
        String cards = m.cards().stream().filter(c -> !c.revoked()).map(Member.Card::key)
                .collect(Collectors.joining(" "));
        return Arrays.asList(CsvWriter.text(m.memberNumber()), CsvWriter.text(m.name().firstName()),
                CsvWriter.text(m.name().lastName()), CsvWriter.text(m.email()), cards, Boolean.toString(m.staff()),
                m.createdAt().toString());
    }
}
