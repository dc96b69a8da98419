package org.backclass.ui.instructor;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.LongSupplier;
import org.backclass.domain.checkin.RosterQueries;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.progress.ClassResults;
import org.backclass.domain.staff.PinUnlock;

/**
 * What instructor mode needs: the PIN check, the roster, where a class's results go, and the
 * content (catalogue and programmes) to build a class from.
 *
 * @param nanos monotonic time source of the class runner ({@code System::nanoTime} in production)
 * @param tones     the player's 3-2-1 and go tones ({@link CountdownTones#NONE}: silent)
 * @param enrolment card enrolment on the kiosk; null: not offered
 * @param progress  members' progress and health for the roster and after class
 */
public record InstructorServices(PinUnlock pinUnlock, RosterQueries roster, ClassResults classResults,
        ExerciseCatalogue catalogue, List<Programme> programmes, Path mediaDir, LongSupplier nanos,
        CountdownTones tones, Enrolment enrolment, ProgressServices progress) {

    public InstructorServices {
        Objects.requireNonNull(pinUnlock, "pinUnlock");
        Objects.requireNonNull(roster, "roster");
        Objects.requireNonNull(classResults, "classResults");
        Objects.requireNonNull(catalogue, "catalogue");
        programmes = List.copyOf(programmes);
        Objects.requireNonNull(mediaDir, "mediaDir");
        Objects.requireNonNull(nanos, "nanos");
        Objects.requireNonNull(tones, "tones");
        Objects.requireNonNull(progress, "progress");
    }

    /** The programme a member without a class follows on their own: the first individual one. */
    public java.util.Optional<Programme> routine() {
        return programmes.stream().filter(Programme::individual).findFirst();
    }

    /** The programme with this id, if the content has it. */
    public java.util.Optional<Programme> programme(String id) {
        return id == null ? java.util.Optional.empty()
                : programmes.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
