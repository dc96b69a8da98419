package org.backclass.api;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.backclass.domain.progress.ClassProgress;
import org.backclass.domain.progress.ClassProgressQueries;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /api/v1/classes/{sessionId}/progress}: one class session's attendees with their
 * check-in pain, after-class pain and effort, and exercises, as JSON or, with
 * {@code Accept: text/csv} or {@code format=csv}, as one CSV table (see {@link ClassProgressCsv}).
 * Health data: staff only.
 */
final class ClassProgressHandler extends ApiHandler {

    static final String PATH = ApiRoutes.PREFIX + "/classes/{sessionId}/progress";
    private static final Set<String> PARAMETERS = Set.of("format");

    record Body(UUID sessionId, String className, Instant startsAt, boolean closed, List<MemberItem> members) {
        static Body of(ClassProgress p) {
            return new Body(p.sessionId(), p.className(), p.startsAt(), p.closed(),
                    p.members().stream().map(MemberItem::of).toList());
        }
    }

    record MemberItem(UUID memberId, String shortName, boolean healthDataWithheld, Integer painAtCheckIn,
            Integer painNow, Integer effort, List<ExerciseItem> exercises) {
        static MemberItem of(ClassProgress.Attendee a) {
            return new MemberItem(a.memberId(), a.shortName(), a.healthDataWithheld(), a.painAtCheckIn(),
                    a.painNow(), a.effort(), a.exercises().stream().map(ExerciseItem::of).toList());
        }
    }

    record ExerciseItem(String exerciseId, int level, String completion) {
        static ExerciseItem of(ClassProgress.Exercise e) {
            return new ExerciseItem(e.exerciseId(), e.level(), e.completion().name().toLowerCase(Locale.ROOT));
        }
    }

    private final ClassProgressQueries progress;

    ClassProgressHandler(ClassProgressQueries progress) {
        this.progress = progress;
    }

    @Override
    protected void serve(Request request, Response response, Callback callback) {
        QueryParams query = QueryParams.of(request, PARAMETERS);
        UUID sessionId = Uuids.parse(PathTemplate.parameter(request, "sessionId"), "the class session id");
        boolean csv = AttendanceHandler.wantsCsv(query, request);
        ClassProgress found = progress.forSession(sessionId)
                .orElseThrow(() -> ApiProblem.of(HttpStatus.NOT_FOUND_404, "no class session with id " + sessionId));
        response.getHeaders().add(HttpHeader.VARY, "Accept"); // add: CORS may have put Origin there
        if (csv) {
            ClassProgressCsv.send(found, response, callback);
        } else {
            Json.send(response, callback, HttpStatus.OK_200, Body.of(found));
        }
    }
}
