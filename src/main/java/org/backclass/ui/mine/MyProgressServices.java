package org.backclass.ui.mine;

import java.util.Objects;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.progress.mine.MinimalImportantChange;
import org.backclass.domain.progress.mine.MyProgressQueries;

/**
 * What a member's own progress view needs.
 *
 * @param queries   the member's course, pain answers and levels; blocking, read off the FX thread
 * @param catalogue the exercises, for their names and how many levels each has
 * @param mic       when a change in back pain counts as real
 */
public record MyProgressServices(MyProgressQueries queries, ExerciseCatalogue catalogue, MinimalImportantChange mic) {

    public MyProgressServices {
        Objects.requireNonNull(queries, "queries");
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(mic, "mic");
    }
}
