package org.backclass.domain.exercise;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** All exercises a kiosk knows, in file order, looked up by id. Immutable. */
public final class ExerciseCatalogue {

    private final Map<String, Exercise> byId = new LinkedHashMap<>();

    /** @throws IllegalArgumentException when two exercises share an id */
    public ExerciseCatalogue(Collection<Exercise> exercises) {
        for (Exercise exercise : exercises) {
            if (byId.putIfAbsent(exercise.id(), exercise) != null) {
                throw new IllegalArgumentException("duplicate exercise id " + exercise.id());
            }
        }
    }

    public static ExerciseCatalogue empty() {
        return new ExerciseCatalogue(List.of());
    }

    public Optional<Exercise> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public List<Exercise> all() {
        return List.copyOf(byId.values());
    }

    public int size() {
        return byId.size();
    }

    public List<Exercise> inCategory(Category category) {
        return byId.values().stream().filter(e -> e.category() == category).toList();
    }

    public List<Exercise> training(MuscleGroup group) {
        return byId.values().stream().filter(e -> e.muscleGroups().contains(group)).toList();
    }

    /** Categories with no exercise: empty when the catalogue covers all four kinds of work. */
    public Set<Category> missingCategories() {
        Set<Category> missing = EnumSet.allOf(Category.class);
        byId.values().forEach(e -> missing.remove(e.category()));
        return missing;
    }

    /** Muscle groups no exercise trains: empty when all three are covered. */
    public Set<MuscleGroup> missingMuscleGroups() {
        Set<MuscleGroup> missing = EnumSet.allOf(MuscleGroup.class);
        byId.values().forEach(e -> missing.removeAll(e.muscleGroups()));
        return missing;
    }
}
