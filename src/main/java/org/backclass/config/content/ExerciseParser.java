package org.backclass.config.content;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.backclass.domain.exercise.Category;
import org.backclass.domain.exercise.Dose;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.exercise.ExerciseLevel;
import org.backclass.domain.exercise.LocalizedText;
import org.backclass.domain.exercise.MuscleGroup;

/**
 * Reads {@code exercises.yaml}: a top-level {@code exercises:} list. An entry with any problem is
 * skipped and its id remembered, so programmes using it can say why they were skipped too.
 */
final class ExerciseParser {

    /** Exercises that loaded, and ids of entries that were skipped. */
    record Result(List<Exercise> exercises, Set<String> skippedIds) {
    }

    private final Problems problems;
    private final Map<String, Exercise> loaded = new LinkedHashMap<>();
    private final Set<String> skipped = new LinkedHashSet<>();

    ExerciseParser(Problems problems) {
        this.problems = problems;
    }

    Result parse(YamlNode root) {
        List<YamlNode> entries = TopLevel.list(root, "exercises", problems);
        for (YamlNode entry : entries) {
            int before = problems.count();
            Exercise exercise = entry(entry);
            String id = exercise != null ? exercise.id() : idOf(entry);
            if (exercise == null || problems.count() > before) {
                if (id != null) {
                    skipped.add(id);
                }
            } else if (loaded.containsKey(id)) {
                problems.add(entry.line(), "exercise id '" + id + "' is used twice; the second entry is skipped");
            } else {
                loaded.put(id, exercise);
            }
        }
        skipped.removeAll(loaded.keySet());
        return new Result(List.copyOf(loaded.values()), Set.copyOf(skipped));
    }

    private static String idOf(YamlNode entry) {
        return entry instanceof YamlNode.Mapping m && m.entries().get("id") != null
                && m.entries().get("id").value() instanceof YamlNode.Scalar s ? s.text() : null;
    }

    private Exercise entry(YamlNode node) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(node.line(), "an exercise must be a mapping of keys, was " + YamlNode.describe(node));
            return null;
        }
        String id = idOf(node);
        Fields f = new Fields(map, "exercise '" + (id == null ? "?" : id) + "'", problems)
                .allowOnly("id", "name", "category", "muscles", "source", "levels", "cues", "mistakes", "cautions");
        id = f.text("id");
        if (id != null && !Exercise.ID.matcher(id).matches()) {
            problems.add(f.line("id"), "exercise id must be lower-case words joined by hyphens, was '" + id + "'");
        }
        LocalizedText name = f.localized("name");
        Category category = f.choice("category", Category.class);
        Set<MuscleGroup> muscles = muscles(f);
        String source = f.text("source");
        List<ExerciseLevel> levels = levels(f);
        List<LocalizedText> cues = f.localizedList("cues", Exercise.MIN_CUES, Exercise.MAX_CUES);
        List<LocalizedText> mistakes = f.localizedList("mistakes", 1, Integer.MAX_VALUE);
        List<LocalizedText> cautions = f.localizedList("cautions", 1, Integer.MAX_VALUE);
        if (id == null || name == null || category == null || muscles == null || source == null || levels == null
                || cues == null || mistakes == null || cautions == null) {
            return null;
        }
        try {
            return new Exercise(id, name, category, muscles, levels, cues, mistakes, cautions, source);
        } catch (IllegalArgumentException e) {
            // Safety net: the checks above should already have named the line.
            problems.add(map.line(), "exercise '" + id + "': " + e.getMessage());
            return null;
        }
    }

    private Set<MuscleGroup> muscles(Fields f) {
        List<YamlNode> items = f.list("muscles");
        if (items == null) {
            return null;
        }
        if (items.isEmpty()) {
            problems.add(f.line("muscles"), "muscles must name at least one of " + Fields.allowed(MuscleGroup.class));
            return null;
        }
        Set<MuscleGroup> groups = EnumSet.noneOf(MuscleGroup.class);
        boolean ok = true;
        for (YamlNode item : items) {
            String text = Fields.textOf(item, "a muscle group", problems);
            MuscleGroup group = text == null ? null
                    : Fields.choiceOf(text, item.line(), "a muscle group", MuscleGroup.class, problems);
            ok &= group != null;
            if (group != null) {
                groups.add(group);
            }
        }
        return ok ? groups : null;
    }

    private List<ExerciseLevel> levels(Fields f) {
        List<YamlNode> items = f.list("levels");
        if (items == null) {
            return null;
        }
        if (items.size() < Exercise.MIN_LEVELS || items.size() > Exercise.MAX_LEVELS) {
            problems.add(f.line("levels"), "an exercise needs " + Exercise.MIN_LEVELS + "–" + Exercise.MAX_LEVELS
                    + " levels, has " + items.size());
            return null;
        }
        List<ExerciseLevel> levels = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            levels.add(level(items.get(i), i + 1));
        }
        return levels.contains(null) ? null : levels;
    }

    private ExerciseLevel level(YamlNode node, int expected) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(node.line(), "a level must be a mapping of keys, was " + YamlNode.describe(node));
            return null;
        }
        Fields f = new Fields(map, "level " + expected, problems)
                .allowOnly("level", "name", "howTo", "dose", "demo");
        Integer number = f.integer("level", 1, Exercise.MAX_LEVELS);
        if (number != null && number != expected) {
            problems.add(f.line("level"), "levels must be numbered 1, 2, 3… from easiest to hardest; expected "
                    + expected + ", was " + number);
            number = null;
        }
        LocalizedText name = f.localized("name");
        LocalizedText howTo = f.localized("howTo");
        YamlNode doseNode = f.requiredNode("dose");
        Dose dose = doseNode == null ? null : DoseParser.parse(doseNode, "dose of level " + expected, problems);
        String demo = f.text("demo");
        if (demo != null && !ExerciseLevel.DEMO_NAME.matcher(demo).matches()) {
            problems.add(f.line("demo"), "demo must be a media base name of lower-case words joined by hyphens "
                    + "(e.g. bird-dog-2), was '" + demo + "'");
            demo = null;
        }
        if (number == null || name == null || howTo == null || dose == null || demo == null) {
            return null;
        }
        return new ExerciseLevel(number, name, howTo, dose, demo);
    }
}
