package org.backclass.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.backclass.domain.progress.LevelChange;
import org.backclass.domain.progress.MemberProgress;
import org.backclass.domain.progress.outcome.ActivityRating;
import org.backclass.domain.progress.outcome.OutcomeAnswer;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A member's progress as one CSV table, oldest row first: {@code pain} rows (context, score),
 * {@code painNow} and {@code effort} rows answered after a class or routine (context
 * {@code class} or {@code routine}, score, class session) and {@code level} rows (exercise,
 * level, completion, class session), {@code levelDecision} rows (exercise, resulting level,
 * decision and — with consent — the reason code, class session), {@code outcomePain} rows
 * (timepoint, pain) and {@code outcomeActivity} rows ("timepoint: activity", score). Small and bounded (the level history is capped), so it is
 * built in memory and sent with a length. Withheld health data simply has no rows.
 */
final class ProgressCsv {

    static final List<String> HEADER = List.of("kind", "at", "contextOrExercise", "value", "completion",
            "classSessionId");

    private record Row(Instant at, List<String> cells) {
    }

    private ProgressCsv() {
    }

    static void send(MemberProgress progress, LocalDate today, Response response, Callback callback) {
        CsvDownload.send(response, callback, "progress-" + progress.memberId() + "-" + today + ".csv",
                render(progress));
    }

    static String render(MemberProgress progress) {
        List<Row> rows = new ArrayList<>();
        for (MemberProgress.PainPoint p : progress.painSeries()) {
            rows.add(new Row(p.reportedAt(), Arrays.asList("pain", p.reportedAt().toString(),
                    CsvWriter.text(p.context()), Integer.toString(p.score()), null, null)));
        }
        for (MemberProgress.AfterClassAnswer a : progress.afterClass()) {
            String context = a.routine() ? "routine" : "class";
            String session = Objects.toString(a.classSessionId(), null);
            rows.add(new Row(a.answeredAt(), Arrays.asList("painNow", a.answeredAt().toString(), context,
                    Integer.toString(a.painNow()), null, session)));
            rows.add(new Row(a.answeredAt(), Arrays.asList("effort", a.answeredAt().toString(), context,
                    Integer.toString(a.effort()), null, session)));
        }
        // The history comes newest first; reversed, ties keep the store's order.
        for (MemberProgress.LevelRecord r : progress.levelHistory().reversed()) {
            rows.add(new Row(r.recordedAt(), Arrays.asList("level", r.recordedAt().toString(),
                    CsvWriter.text(r.exerciseId()), Integer.toString(r.level()), ProgressHandler.completionName(r),
                    Objects.toString(r.classSessionId(), null))));
        }
        for (LevelChange d : progress.levelDecisions().reversed()) {
            String reason = progress.healthDataWithheld() ? null : d.reason().name();
            rows.add(new Row(d.decidedAt(), Arrays.asList("levelDecision", d.decidedAt().toString(),
                    CsvWriter.text(d.exerciseId()), Objects.toString(d.resultingLevel(), null),
                    ProgressHandler.lower(d.decision()) + (reason == null ? "" : " " + reason),
                    Objects.toString(d.classSessionId(), null))));
        }
        for (OutcomeAnswer a : progress.outcomes()) {
            String at = a.answeredAt().toString();
            rows.add(new Row(a.answeredAt(), Arrays.asList("outcomePain", at, a.timepoint().code(),
                    Integer.toString(a.pain()), null, null)));
            for (ActivityRating r : a.activities()) {
                rows.add(new Row(a.answeredAt(), Arrays.asList("outcomeActivity", at,
                        CsvWriter.text(a.timepoint().code() + ": " + r.activity()), Integer.toString(r.score()),
                        null, null)));
            }
        }
        // Stable: at the same instant, pain rows stay before after-class rows, and those before level rows.
        rows.sort(Comparator.comparing(Row::at));
        return CsvDownload.render(HEADER, rows.stream().map(Row::cells).toList());
    }
}
