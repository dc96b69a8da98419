package org.backclass.session;

/**
 * One entry of a {@link SessionPlan}, in class order: an exercise, a rest or a short education
 * moment. The runner's own input model; a later step maps configured programmes onto it.
 */
public sealed interface PlannedItem permits ExerciseItem, RestItem, EducationItem {
}
