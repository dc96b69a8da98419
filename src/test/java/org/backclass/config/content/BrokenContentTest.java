package org.backclass.config.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One broken spot per case: the problem names the file, the line (marked {@code #<} in the
 * broken text) and the reason, and everything that does not depend on the broken spot still loads.
 */
class BrokenContentTest {

    private static final String EX = ContentLoader.EXERCISES;
    private static final String PR = ContentLoader.PROGRAMMES;
    private static final String TT = ContentLoader.TIMETABLE;

    /**
     * @param exercises, programmes, slots what must still load afterwards
     */
    record Case(String name, String file, UnaryOperator<String> edit, String reason, int exercises,
            int programmes, int slots) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                new Case("YAML syntax error", EX,
                        t -> t.replace("    category: strength\n", "    category: strength\n    muscles: [obliques #<\n"),
                        "not valid YAML", 0, 0, 0),
                new Case("unknown key", EX,
                        t -> t.replace("    category: strength", "    category: strength\n    colour: red #<"),
                        "unknown key 'colour' in exercise 'beta'; allowed: id, name, category", 1, 1, 1),
                new Case("missing required field", EX,
                        t -> t.replace("  - id: beta", "  - id: beta #<")
                                .replaceFirst("(?s)(id: beta #<.*?)    source: [^\n]*\n", "$1"),
                        "exercise 'beta' is missing required key 'source'", 1, 1, 1),
                new Case("bad category", EX,
                        t -> t.replace("category: strength", "category: cardio #<"),
                        "category of exercise 'beta' must be one of mobility, stretch, strength, aerobic, was 'cardio'",
                        1, 1, 1),
                new Case("bad muscle group", EX,
                        t -> t.replace("muscles: [obliques]", "muscles: [obliques, core] #<"),
                        "a muscle group must be one of extensors, flexors, obliques, was 'core'", 1, 1, 1),
                new Case("duplicate id", EX,
                        t -> t.replace("  - id: beta", "  - id: alpha #<"),
                        "exercise id 'alpha' is used twice", 1, 1, 1),
                new Case("levels out of order", EX,
                        t -> t.replace("- {level: 2, name: {en: \"beta 2\"", "- {level: 3, name: {en: \"beta 2\"")
                                .replace("demo: beta-2}", "demo: beta-2} #<"),
                        "levels must be numbered 1, 2, 3… from easiest to hardest; expected 2, was 3", 1, 1, 1),
                new Case("too few levels", EX,
                        t -> t.replaceAll("(?m)^.*demo: beta-[23]\\}\n", "")
                                .replace("    levels:\n      - {level: 1, name: {en: \"beta",
                                        "    levels: #<\n      - {level: 1, name: {en: \"beta"),
                        "an exercise needs 3–4 levels, has 1", 1, 1, 1),
                new Case("too few cues", EX,
                        t -> t.replace("      - {en: \"beta cue three\", de: \"beta Hinweis drei\"}\n", "")
                                .replace("    cues:\n      - {en: \"beta", "    cues: #<\n      - {en: \"beta"),
                        "cues of exercise 'beta' must have 3–5 entries, has 2", 1, 1, 1),
                new Case("German missing", EX,
                        t -> t.replace("{en: \"beta caution\", de: \"beta Vorsicht\"}", "{en: \"beta caution\"} #<"),
                        "is missing required key 'de'", 1, 1, 1),
                new Case("dose with seconds and reps", EX,
                        t -> t.replace("dose: {reps: 8, sets: 2, rest: 30}, demo: beta-2}",
                                "dose: {reps: 8, seconds: 20}, demo: beta-2} #<"),
                        "must give either 'seconds' (a hold or continuous work) or 'reps', not both", 1, 1, 1),
                new Case("repeated key", EX,
                        t -> t.replace("    category: strength", "    category: strength\n    category: mobility #<"),
                        "key 'category' appears twice in exercise 'beta'", 1, 1, 1),
                new Case("programme names an unknown exercise", PR,
                        t -> t.replace("exercise: beta}", "exercise: gamma} #<"),
                        "unknown exercise 'gamma'; this programme is skipped", 2, 1, 1),
                new Case("programme asks for a level the exercise lacks", PR,
                        t -> t.replace("exercise: alpha, level: 1}", "exercise: alpha, level: 4} #<"),
                        "exercise 'alpha' has levels 1..3, not 4", 2, 1, 1),
                new Case("programme item of two kinds", PR,
                        t -> t.replace("- {rest: 60}", "- {rest: 60, exercise: alpha} #<"),
                        "must have exactly one of the keys exercise, rest, education", 2, 1, 1),
                new Case("bad section", PR,
                        t -> t.replace("section: main, exercise: beta}", "section: middle, exercise: beta} #<"),
                        "must be one of warm-up, main, cool-down, was 'middle'", 2, 1, 1),
                new Case("timetable names an unknown programme", TT,
                        t -> t.replace("programme: p-two", "programme: p-three #<"),
                        "unknown programme 'p-three'", 2, 2, 1),
                new Case("bad weekday", TT,
                        t -> t.replace("weekday: thursday", "weekday: thursdai #<"),
                        "weekday of timetable slot must be one of monday, tuesday", 2, 2, 1),
                new Case("bad time", TT,
                        t -> t.replace("time: \"09:30\"", "time: \"9.30pm\" #<"),
                        "time must be HH:mm on the 24-hour clock (e.g. 09:30), was '9.30pm'", 2, 2, 1),
                new Case("capacity out of range", TT,
                        t -> t.replace("capacity: 8", "capacity: 0 #<"),
                        "capacity of timetable slot must be a whole number 1..30, was '0'", 2, 2, 1),
                new Case("the same room booked twice at the same time", TT,
                        t -> t.replace("  - classType: two", "  - classType: two #<")
                                .replace("weekday: thursday", "weekday: monday").replace("\"09:30\"", "\"18:00\"")
                                .replace("Studio 2", "studio 1"),
                        "studio 1 already has a class on monday at 18:00 (line 2); this slot is skipped", 2, 2, 1),
                new Case("file is a list, not a mapping", TT,
                        t -> "- monday #<\n",
                        "the file must start with 'slots:' followed by a list", 2, 2, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsFileLineAndReasonAndLoadsTheRest(Case c, @TempDir Path dir) throws IOException {
        String exercises = ContentFixture.exercises();
        String programmes = ContentFixture.programmes();
        String timetable = ContentFixture.timetable();
        String broken = c.edit().apply(switch (c.file()) {
            case EX -> exercises;
            case PR -> programmes;
            default -> timetable;
        });
        assertThat(broken).as("the case must change the file").contains("#<");
        Files.writeString(dir.resolve(EX), c.file().equals(EX) ? broken : exercises);
        Files.writeString(dir.resolve(PR), c.file().equals(PR) ? broken : programmes);
        Files.writeString(dir.resolve(TT), c.file().equals(TT) ? broken : timetable);

        Content content = ContentLoader.load(dir);

        ContentProblem first = content.problems().get(0);
        assertThat(first.file()).isEqualTo(dir.resolve(c.file()));
        assertThat(first.line()).as(first.toString()).isEqualTo(markedLine(broken));
        assertThat(first.reason()).contains(c.reason());
        assertThat(content.catalogue().size()).as("exercises still loaded").isEqualTo(c.exercises());
        assertThat(content.programmes()).as("programmes still loaded").hasSize(c.programmes());
        assertThat(content.timetable()).as("slots still loaded").hasSize(c.slots());
    }

    @Test
    void theUntouchedFixtureLoadsCleanly(@TempDir Path dir) throws IOException {
        write(dir, ContentFixture.exercises(), ContentFixture.programmes(), ContentFixture.timetable());
        Content content = ContentLoader.load(dir);
        assertThat(content.problems()).isEmpty();
        assertThat(content.catalogue().size()).isEqualTo(2);
        assertThat(content.programmes()).hasSize(2);
        assertThat(content.timetable()).hasSize(2);
    }

    @Test
    void aProgrammeUsingASkippedExerciseSaysWhy(@TempDir Path dir) throws IOException {
        write(dir, ContentFixture.exercises().replace("category: strength", "category: cardio"),
                ContentFixture.programmes(), ContentFixture.timetable());
        Content content = ContentLoader.load(dir);
        List<ContentProblem> programmeProblems = content.problems().stream()
                .filter(p -> p.file().getFileName().toString().equals(PR)).toList();
        assertThat(programmeProblems).singleElement().satisfies(p -> {
            assertThat(p.reason()).contains("exercise 'beta' was skipped because its entry in exercises.yaml is broken");
            assertThat(p.line()).isEqualTo(10);
        });
        List<ContentProblem> slotProblems = content.problems().stream()
                .filter(p -> p.file().getFileName().toString().equals(TT)).toList();
        assertThat(slotProblems).singleElement().satisfies(p -> assertThat(p.reason()).contains("'p-one'"));
    }

    @Test
    void unquotedTimesAreReadAsWrittenNotAsYamlNumbers(@TempDir Path dir) throws IOException {
        // YAML 1.1 reads 18:00 as a base-60 number; staff will type it unquoted anyway.
        write(dir, ContentFixture.exercises(), ContentFixture.programmes(),
                ContentFixture.timetable().replace("\"18:00\"", "18:00").replace("\"09:30\"", "09:30"));
        Content content = ContentLoader.load(dir);
        assertThat(content.problems()).isEmpty();
        assertThat(content.timetable()).extracting(s -> s.start().toString()).containsExactly("18:00", "09:30");
    }

    @Test
    void aByteOrderMarkIsIgnoredAndNonUtf8IsReported(@TempDir Path dir) throws IOException {
        write(dir, "\uFEFF" + ContentFixture.exercises(), ContentFixture.programmes(), ContentFixture.timetable());
        Files.write(dir.resolve(TT), new byte[] {'s', 'l', 'o', 't', 's', ':', ' ', (byte) 0xFF, '\n'});
        Content content = ContentLoader.load(dir);
        assertThat(content.catalogue().size()).isEqualTo(2);
        assertThat(content.programmes()).hasSize(2);
        assertThat(content.problems()).extracting(ContentProblem::toString).containsExactly(TT + ": not UTF-8 text");
    }

    @Test
    void missingFilesAreReportedWithoutALineAndTheOthersLoad(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(EX), ContentFixture.exercises());
        Content content = ContentLoader.load(dir);
        assertThat(content.catalogue().size()).isEqualTo(2);
        assertThat(content.problems()).extracting(ContentProblem::toString)
                .containsExactly(PR + ": file not found", TT + ": file not found");
    }

    private static void write(Path dir, String exercises, String programmes, String timetable) throws IOException {
        Files.writeString(dir.resolve(EX), exercises);
        Files.writeString(dir.resolve(PR), programmes);
        Files.writeString(dir.resolve(TT), timetable);
    }

    private static int markedLine(String text) {
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("#<")) {
                return i + 1;
            }
        }
        return 0;
    }
}
