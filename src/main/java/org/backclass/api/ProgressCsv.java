package org.backclass.api;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.backclass.domain.progress.MemberProgress;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * A member's progress as one CSV table, oldest row first: {@code pain} rows (context, score)
 * and {@code level} rows (exercise, level, completion, class session). Small and bounded (the
 * level history is capped), so it is built in memory and sent with a length. Withheld health
 * data simply has no rows.
 */
final class ProgressCsv {

    static final List<String> HEADER = List.of("kind", "at", "contextOrExercise", "value", "completion",
            "classSessionId");

    private record Row(Instant at, List<String> cells) {
    }

    private ProgressCsv() {
    }

    static void send(MemberProgress progress, LocalDate today, Response response, Callback callback) {
        byte[] body = render(progress).getBytes(StandardCharsets.UTF_8);
        response.setStatus(HttpStatus.OK_200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, AttendanceCsv.CONTENT_TYPE);
        response.getHeaders().put(HttpHeader.CONTENT_DISPOSITION,
                "attachment; filename=\"progress-" + progress.memberId() + "-" + today + ".csv\"");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    static String render(MemberProgress progress) {
        List<Row> rows = new ArrayList<>();
        for (MemberProgress.PainPoint p : progress.painSeries()) {
            rows.add(new Row(p.reportedAt(), Arrays.asList("pain", p.reportedAt().toString(),
                    CsvWriter.text(p.context()), Integer.toString(p.score()), null, null)));
        }
        // The history comes newest first; reversed, ties keep the store's order.
        for (MemberProgress.LevelRecord r : progress.levelHistory().reversed()) {
            rows.add(new Row(r.recordedAt(), Arrays.asList("level", r.recordedAt().toString(),
                    CsvWriter.text(r.exerciseId()), Integer.toString(r.level()), ProgressHandler.completionName(r),
                    Objects.toString(r.classSessionId(), null))));
        }
        // Stable: at the same instant, pain rows stay before level rows.
        rows.sort(Comparator.comparing(Row::at));
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        try {
            csv.row(HEADER);
            for (Row row : rows) {
                csv.row(row.cells());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("a StringWriter does not fail", e);
        }
        return out.toString();
    }
}
