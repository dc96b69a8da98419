package org.backclass.domain.progress;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One class session's progress, read at one moment.
 *
 * @param closed   the instructor has closed the session and its results are recorded
 * @param members  one entry per attendance row, in check-in order
 */
public record ClassProgress(UUID sessionId, String className, Instant startsAt, boolean closed,
        List<Attendee> members) {

    public ClassProgress {
        Objects.requireNonNull(sessionId, "sessionId");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(startsAt, "startsAt");
        members = List.copyOf(members);
    }

    /**
     * One member who came. Health answers are null when withheld (consent not currently given),
     * which means "not shown", never "none"; they may also be null when simply not answered.
     * Exercises are training records and always shown.
     *
     * @param painAtCheckIn the pain answered at check-in for this attendance, 0-10
     * @param painNow       the newest after-class pain for this session, 0-10
     * @param effort        the newest after-class effort (Borg CR10) for this session, 0-10
     */
    public record Attendee(UUID memberId, String shortName, boolean healthDataWithheld, Integer painAtCheckIn,
            Integer painNow, Integer effort, List<Exercise> exercises) {

        public Attendee {
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(shortName, "shortName");
            exercises = List.copyOf(exercises);
            if (healthDataWithheld && (painAtCheckIn != null || painNow != null || effort != null)) {
                throw new IllegalArgumentException("withheld health data must not be carried");
            }
        }
    }

    /** One exercise record of this session. */
    public record Exercise(String exerciseId, int level, Completion completion) {

        public Exercise {
            Objects.requireNonNull(exerciseId, "exerciseId");
            Objects.requireNonNull(completion, "completion");
        }
    }
}
