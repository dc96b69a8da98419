package org.backclass.config.content;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.exercise.LocalizedText;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.programme.ProgrammeItem;
import org.backclass.domain.programme.Section;

/**
 * Reads {@code programmes.yaml}: a top-level {@code programmes:} list. Each item is one of
 * <pre>
 *   - {section: warm-up, exercise: cat-cow, level: 1}   # level left out: each member's own
 *   - {rest: 60}                                         # seconds
 *   - {education: pain-alarm, title: {en, de}, body: {en, de}, seconds: 120}
 * </pre>
 * A programme that uses an unknown or skipped exercise, or a level the exercise lacks, is skipped.
 */
final class ProgrammeParser {

    private static final int MAX_ITEM_SECONDS = (int) ProgrammeItem.MAX_ITEM.toSeconds();

    private final Problems problems;
    private final ExerciseCatalogue catalogue;
    private final Set<String> skippedExercises;

    ProgrammeParser(Problems problems, ExerciseCatalogue catalogue, Set<String> skippedExercises) {
        this.problems = problems;
        this.catalogue = catalogue;
        this.skippedExercises = skippedExercises;
    }

    List<Programme> parse(YamlNode root) {
        Map<String, Programme> loaded = new LinkedHashMap<>();
        for (YamlNode entry : TopLevel.list(root, "programmes", problems)) {
            int before = problems.count();
            Programme programme = programme(entry);
            if (programme == null || problems.count() > before) {
                continue;
            }
            if (loaded.putIfAbsent(programme.id(), programme) != null) {
                problems.add(entry.line(), "programme id '" + programme.id()
                        + "' is used twice; the second entry is skipped");
            }
        }
        return List.copyOf(loaded.values());
    }

    private Programme programme(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(node.line(), "a programme must be a mapping of keys, was " + YamlNode.describe(node));
            return null;
        }
        String label = map.entries().get("id") != null && map.entries().get("id").value() instanceof YamlNode.Scalar s
                ? s.text() : "?";
        Fields f = new Fields(map, "programme '" + label + "'", problems)
                .allowOnly("id", "name", "description", "weeks", "sessionsPerWeek", "individual", "items");
        String id = f.text("id");
        if (id != null && !Exercise.ID.matcher(id).matches()) {
            problems.add(f.line("id"), "programme id must be lower-case words joined by hyphens, was '" + id + "'");
        }
        LocalizedText name = f.localized("name");
        LocalizedText description = f.localized("description");
        Integer weeks = f.integer("weeks", 1, 52);
        Integer perWeek = f.integer("sessionsPerWeek", 1, 7);
        Boolean individual = f.bool("individual", false);
        List<YamlNode> itemNodes = f.list("items");
        List<ProgrammeItem> items = new ArrayList<>();
        if (itemNodes != null) {
            itemNodes.forEach(n -> items.add(item(n, "programme '" + label + "'")));
        }
        if (id == null || name == null || description == null || weeks == null || perWeek == null
                || individual == null || itemNodes == null || items.contains(null)) {
            return null;
        }
        try {
            return new Programme(id, name, description, weeks, perWeek, individual, items);
        } catch (IllegalArgumentException e) {
            problems.add(map.line(), "programme '" + id + "': " + e.getMessage());
            return null;
        }
    }

    private ProgrammeItem item(YamlNode node, String owner) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(node.line(), "an item of " + owner + " must be a mapping, was " + YamlNode.describe(node));
            return null;
        }
        boolean exercise = map.entries().containsKey("exercise");
        boolean rest = map.entries().containsKey("rest");
        boolean education = map.entries().containsKey("education");
        if ((exercise ? 1 : 0) + (rest ? 1 : 0) + (education ? 1 : 0) != 1) {
            problems.add(map.line(), "an item of " + owner
                    + " must have exactly one of the keys exercise, rest, education");
            return null;
        }
        String what = "an item of " + owner;
        if (rest) {
            Integer seconds = new Fields(map, what, problems).allowOnly("rest").integer("rest", 1, MAX_ITEM_SECONDS);
            return seconds == null ? null : new ProgrammeItem.Rest(Duration.ofSeconds(seconds));
        }
        if (education) {
            Fields f = new Fields(map, what, problems).allowOnly("education", "title", "body", "seconds");
            String topic = f.text("education");
            LocalizedText title = f.localized("title");
            LocalizedText body = f.localized("body");
            Integer seconds = f.integer("seconds", 1, MAX_ITEM_SECONDS);
            return topic == null || title == null || body == null || seconds == null ? null
                    : new ProgrammeItem.Education(topic, title, body, Duration.ofSeconds(seconds));
        }
        return block(new Fields(map, what, problems).allowOnly("section", "exercise", "level"));
    }

    private ProgrammeItem block(Fields f) {
        Section section = f.choice("section", Section.class);
        String exerciseId = f.text("exercise");
        Integer level = f.has("level") ? f.integer("level", 1, Exercise.MAX_LEVELS) : null;
        if (section == null || exerciseId == null || (f.has("level") && level == null)) {
            return null;
        }
        var exercise = catalogue.find(exerciseId);
        if (exercise.isEmpty()) {
            problems.add(f.line("exercise"), skippedExercises.contains(exerciseId)
                    ? "exercise '" + exerciseId + "' was skipped because its entry in exercises.yaml is broken; "
                            + "this programme is skipped too"
                    : "unknown exercise '" + exerciseId + "'; this programme is skipped");
            return null;
        }
        if (level != null && exercise.get().level(level).isEmpty()) {
            problems.add(f.line("level"), "exercise '" + exerciseId + "' has levels 1.."
                    + exercise.get().highestLevel() + ", not " + level);
            return null;
        }
        return new ProgrammeItem.ExerciseBlock(section, exerciseId, level);
    }
}
