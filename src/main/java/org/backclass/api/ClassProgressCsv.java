package org.backclass.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.backclass.domain.progress.ClassProgress;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * One class session's progress as one CSV table: a row per member and exercise, in check-in
 * order (a member with no exercise record gets one row with the exercise cells empty). The
 * session and member columns repeat on every row, so the table sorts and filters on its own.
 * Pain and effort cells are empty when withheld (see {@code healthDataWithheld}) or not answered.
 * At most one class of people: built in memory.
 */
final class ClassProgressCsv {

    static final List<String> HEADER = List.of("sessionId", "className", "startsAt", "memberId", "shortName",
            "healthDataWithheld", "painAtCheckIn", "painNow", "effort", "exerciseId", "level", "completion");

    private ClassProgressCsv() {
    }

    static void send(ClassProgress progress, Response response, Callback callback) {
        CsvDownload.send(response, callback, "class-progress-" + progress.sessionId() + ".csv", render(progress));
    }

    static String render(ClassProgress progress) {
        List<List<String>> rows = new ArrayList<>();
        for (ClassProgress.Attendee a : progress.members()) {
            List<String> who = Arrays.asList(progress.sessionId().toString(), CsvWriter.text(progress.className()),
                    progress.startsAt().toString(), a.memberId().toString(), CsvWriter.text(a.shortName()),
                    Boolean.toString(a.healthDataWithheld()), number(a.painAtCheckIn()), number(a.painNow()),
                    number(a.effort()));
            if (a.exercises().isEmpty()) {
                rows.add(with(who, null, null, null));
            }
            for (ClassProgress.Exercise e : a.exercises()) {
                rows.add(with(who, CsvWriter.text(e.exerciseId()), Integer.toString(e.level()),
                        e.completion().name().toLowerCase(Locale.ROOT)));
            }
        }
        return CsvDownload.render(HEADER, rows);
    }

    private static List<String> with(List<String> who, String exercise, String level, String completion) {
        List<String> row = new ArrayList<>(who);
        row.addAll(Arrays.asList(exercise, level, completion));
        return row;
    }

    private static String number(Integer value) {
        return value == null ? null : value.toString();
    }
}
