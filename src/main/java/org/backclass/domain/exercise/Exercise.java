package org.backclass.domain.exercise;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One exercise of the catalogue with its easier-to-harder levels, what the instructor says while
 * members do it, what usually goes wrong, who should take care, and the approach it comes from.
 * The limits (3–4 levels, 3–5 cues) keep the screen readable and give every class room to
 * progress.
 */
public record Exercise(String id, LocalizedText name, Category category, Set<MuscleGroup> muscleGroups,
        List<ExerciseLevel> levels, List<LocalizedText> cues, List<LocalizedText> mistakes,
        List<LocalizedText> cautions, String source) {

    public static final int MIN_LEVELS = 3;
    public static final int MAX_LEVELS = 4;
    public static final int MIN_CUES = 3;
    public static final int MAX_CUES = 5;
    public static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public Exercise {
        if (id == null || !ID.matcher(id).matches()) {
            throw new IllegalArgumentException("id must be lower-case words joined by hyphens, was " + id);
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        if (muscleGroups == null || muscleGroups.isEmpty()) {
            throw new IllegalArgumentException("an exercise trains at least one muscle group");
        }
        muscleGroups = Set.copyOf(EnumSet.copyOf(muscleGroups));
        levels = List.copyOf(levels);
        if (levels.size() < MIN_LEVELS || levels.size() > MAX_LEVELS) {
            throw new IllegalArgumentException("an exercise has " + MIN_LEVELS + "–" + MAX_LEVELS + " levels");
        }
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).level() != i + 1) {
                throw new IllegalArgumentException("levels must be numbered 1.." + levels.size() + " in order");
            }
        }
        cues = List.copyOf(cues);
        if (cues.size() < MIN_CUES || cues.size() > MAX_CUES) {
            throw new IllegalArgumentException("an exercise has " + MIN_CUES + "–" + MAX_CUES + " cues");
        }
        mistakes = List.copyOf(mistakes);
        cautions = List.copyOf(cautions);
        if (mistakes.isEmpty() || cautions.isEmpty()) {
            throw new IllegalArgumentException("an exercise names at least one mistake and one caution");
        }
        if (source == null || source.isBlank()) {
            throw new IllegalArgumentException("an exercise names the source it rests on");
        }
    }

    /** The variant numbered {@code level}, if this exercise has it. */
    public Optional<ExerciseLevel> level(int level) {
        return level >= 1 && level <= levels.size() ? Optional.of(levels.get(level - 1)) : Optional.empty();
    }

    public int highestLevel() {
        return levels.size();
    }
}
