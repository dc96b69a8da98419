package org.backclass.api;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.backclass.domain.progress.LevelChange;
import org.backclass.domain.progress.MemberProgress;
import org.backclass.domain.progress.ProgressQueries;
import org.backclass.domain.progress.adherence.Adherence;
import org.backclass.domain.progress.outcome.OutcomeAnswer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/v1/members/{id}/progress}: one member's pain series, after-class answers, levels,
 * level history, the instructor's level decisions, adherence, red-flag checks and progress checks
 * as JSON or, with {@code Accept: text/csv} or {@code format=csv}, all but the red-flag checks and
 * adherence as one CSV table.
 * Health data: staff only.
 */
final class ProgressHandler extends ApiHandler {

    static final String PATH = ApiRoutes.PREFIX + "/members/{id}/progress";
    private static final Set<String> PARAMETERS = Set.of("format");

    record Body(UUID memberId, String shortName, String consent, boolean healthDataWithheld,
            List<PainItem> painSeries, Map<String, Integer> levels, List<LevelItem> levelHistory,
            AdherenceItem adherence, Boolean openRedFlag, List<AfterClassItem> afterClass,
            List<RedFlagItem> redFlagChecks, List<LevelDecisionItem> levelDecisions, List<OutcomeItem> outcomes) {
        static Body of(MemberProgress p) {
            return new Body(p.memberId(), p.shortName(), consentName(p), p.healthDataWithheld(),
                    p.painSeries().stream().map(PainItem::of).toList(), new TreeMap<>(p.levels()),
                    p.levelHistory().stream().map(LevelItem::of).toList(), AdherenceItem.of(p.adherence()),
                    p.openRedFlag(), p.afterClass().stream().map(AfterClassItem::of).toList(),
                    p.redFlagChecks().stream().map(RedFlagItem::of).toList(),
                    p.levelDecisions().stream().map(d -> LevelDecisionItem.of(d, p.healthDataWithheld())).toList(),
                    p.outcomes().stream().map(OutcomeItem::of).toList());
        }
    }

    /** The reason code can reveal a pain answer (e.g. red pain), so it is withheld like one. */
    record LevelDecisionItem(Instant decidedAt, String exerciseId, UUID classSessionId, int fromLevel,
            String proposed, int proposedLevel, String reason, String decision, Integer resultingLevel,
            String decidedBy) {
        static LevelDecisionItem of(LevelChange c, boolean withheld) {
            return new LevelDecisionItem(c.decidedAt(), c.exerciseId(), c.classSessionId(), c.fromLevel(),
                    lower(c.proposedKind()), c.proposedLevel(), withheld ? null : c.reason().name(),
                    lower(c.decision()), c.resultingLevel(), c.decidedBy().stored());
        }
    }

    record OutcomeItem(Instant answeredAt, String timepoint, int pain, double functionScore,
            List<ActivityItem> activities) {
        static OutcomeItem of(OutcomeAnswer a) {
            return new OutcomeItem(a.answeredAt(), a.timepoint().code(), a.pain(), a.functionScore(),
                    a.activities().stream().map(r -> new ActivityItem(r.activity(), r.score())).toList());
        }
    }

    record ActivityItem(String activity, int score) {
    }

    record AfterClassItem(Instant answeredAt, UUID classSessionId, boolean routine, int painNow, int effort) {
        static AfterClassItem of(MemberProgress.AfterClassAnswer a) {
            return new AfterClassItem(a.answeredAt(), a.classSessionId(), a.routine(), a.painNow(), a.effort());
        }
    }

    record RedFlagItem(Instant answeredAt, boolean anyYes, Instant resolvedAt, String resolvedBy) {
        static RedFlagItem of(MemberProgress.RedFlagCheck c) {
            return new RedFlagItem(c.answeredAt(), c.anyYes(), c.resolvedAt(),
                    c.resolvedBy() == null ? null : c.resolvedBy().stored());
        }
    }

    record PainItem(Instant reportedAt, String context, int score) {
        static PainItem of(MemberProgress.PainPoint p) {
            return new PainItem(p.reportedAt(), p.context(), p.score());
        }
    }

    record LevelItem(Instant recordedAt, String exerciseId, int level, String completion, UUID classSessionId) {
        static LevelItem of(MemberProgress.LevelRecord r) {
            return new LevelItem(r.recordedAt(), r.exerciseId(), r.level(), completionName(r), r.classSessionId());
        }
    }

    record AdherenceItem(int sessionsThisWeek, int plannedThisWeek, Integer attendancePercent, int streakWeeks,
            int sessionNumber, int courseSessions, boolean courseComplete, int missedInARow, boolean flagged) {
        static AdherenceItem of(Adherence a) {
            return new AdherenceItem(a.sessionsThisWeek(), a.plannedThisWeek(), a.attendancePercent(),
                    a.streakWeeks(), a.sessionNumber(), a.courseSessions(), a.courseComplete(), a.missedInARow(),
                    a.flagged());
        }
    }

    private final ProgressQueries progress;
    private final Clock clock;

    ProgressHandler(ProgressQueries progress, Clock clock) {
        this.progress = progress;
        this.clock = clock;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams query = QueryParams.of(request, PARAMETERS);
        UUID memberId = memberId(PathTemplate.parameter(request, "id"));
        boolean csv = AttendanceHandler.wantsCsv(query, request);
        LocalDate today = LocalDate.now(clock);
        MemberProgress found = progress.forMember(memberId, today)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND_404, "no member with id " + memberId));
        response.getHeaders().add(HttpHeader.VARY, "Accept"); // add: CORS may have put Origin there
        if (csv) {
            ProgressCsv.send(found, today, response, callback);
        } else {
            Json.send(response, callback, HttpStatus.OK_200, Body.of(found));
        }
    }

    /** The {@code {id}} of a member route; see {@link Uuids}. */
    static UUID memberId(String raw) {
        return Uuids.parse(raw, "the member id");
    }

    static String consentName(MemberProgress p) {
        return switch (p.consent()) {
            case GIVEN -> "given";
            case REFUSED -> "refused";
            case NOT_ASKED -> "notAsked";
        };
    }

    static String completionName(MemberProgress.LevelRecord r) {
        return lower(r.completion());
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
