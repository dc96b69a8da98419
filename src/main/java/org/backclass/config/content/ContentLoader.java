package org.backclass.config.content;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.timetable.TimetableSlot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the exercise catalogue, programmes and weekly timetable from {@code kiosk-config/}.
 * Content errors never stop the kiosk: a broken entry is skipped, a programme needing a skipped
 * exercise is skipped, a file that cannot be parsed contributes nothing, and the other files
 * still load. Every problem names the file, the line and the reason; they are returned and
 * logged once here.
 */
public final class ContentLoader {

    public static final String EXERCISES = "exercises.yaml";
    public static final String PROGRAMMES = "programmes.yaml";
    public static final String TIMETABLE = "timetable.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(ContentLoader.class);

    private ContentLoader() {
    }

    public static Content load(Path kioskConfigDir) {
        List<ContentProblem> all = new ArrayList<>();

        Problems exerciseProblems = new Problems(kioskConfigDir.resolve(EXERCISES));
        ExerciseParser.Result exercises = read(kioskConfigDir.resolve(EXERCISES), exerciseProblems)
                .map(root -> new ExerciseParser(exerciseProblems).parse(root))
                .orElse(new ExerciseParser.Result(List.of(), Set.of()));
        ExerciseCatalogue catalogue = new ExerciseCatalogue(exercises.exercises());
        all.addAll(exerciseProblems.list());

        Problems programmeProblems = new Problems(kioskConfigDir.resolve(PROGRAMMES));
        List<Programme> programmes = read(kioskConfigDir.resolve(PROGRAMMES), programmeProblems)
                .map(root -> new ProgrammeParser(programmeProblems, catalogue, exercises.skippedIds()).parse(root))
                .orElse(List.of());
        all.addAll(programmeProblems.list());

        Set<String> programmeIds = new LinkedHashSet<>();
        programmes.forEach(p -> programmeIds.add(p.id()));
        Problems timetableProblems = new Problems(kioskConfigDir.resolve(TIMETABLE));
        List<TimetableSlot> slots = read(kioskConfigDir.resolve(TIMETABLE), timetableProblems)
                .map(root -> new TimetableParser(timetableProblems, programmeIds).parse(root))
                .orElse(List.of());
        all.addAll(timetableProblems.list());

        all.forEach(p -> LOG.warn("Content problem, the kiosk runs without it: {}", p));
        LOG.info("Content loaded: {} exercises, {} programmes, {} timetable slots, {} problems",
                catalogue.size(), programmes.size(), slots.size(), all.size());
        return new Content(catalogue, programmes, slots, all);
    }

    /** The parsed document, or empty after reporting why the file gives nothing. */
    private static Optional<YamlNode> read(Path file, Problems problems) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (NoSuchFileException e) {
            problems.add(0, "file not found");
            return Optional.empty();
        } catch (CharacterCodingException e) {
            problems.add(0, "not UTF-8 text");
            return Optional.empty();
        } catch (IOException e) {
            problems.add(0, "cannot read: " + e.getMessage());
            return Optional.empty();
        }
        if (text.startsWith("\uFEFF")) {
            // Windows editors like to start UTF-8 files with a byte-order mark; it is not content.
            text = text.substring(1);
        }
        try {
            return Optional.of(YamlReader.read(text));
        } catch (YamlReader.SyntaxError e) {
            problems.add(e.line, e.getMessage() + "; nothing from this file is used");
            return Optional.empty();
        }
    }
}
