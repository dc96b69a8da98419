package org.backclass.domain.progress.review;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.backclass.domain.progress.Completion;

/**
 * What the kiosk knows after one closed class session, per member who came and did exercises:
 * the facts the progression engine needs, read at one moment.
 *
 * @param members in check-in order
 */
public record SessionReview(ReviewableSession session, List<Attendee> members) {

    public SessionReview {
        Objects.requireNonNull(session, "session");
        members = List.copyOf(members);
    }

    /**
     * One member who came. Health answers are null when withheld (consent not currently given)
     * or not answered; {@code openRedFlag} is false when withheld.
     *
     * @param painBefore   the pain answered at check-in for this session, 0–10
     * @param painAfter    the newest after-class pain for this session, 0–10
     * @param effort       the newest after-class effort (Borg CR10) for this session, 0–10
     * @param morningAfter the "morning after" pain given at the member's first check-in on a later
     *                     day, 0–10; null while they have not come back (or did not answer)
     * @param openRedFlag  the member's newest red-flag check has a yes nobody has resolved
     */
    public record Attendee(UUID memberId, String shortName, boolean healthDataWithheld, Integer painBefore,
            Integer painAfter, Integer effort, Integer morningAfter, boolean openRedFlag, List<Done> exercises) {

        public Attendee {
            Objects.requireNonNull(memberId, "memberId");
            Objects.requireNonNull(shortName, "shortName");
            exercises = List.copyOf(exercises);
            if (healthDataWithheld && (painBefore != null || painAfter != null || effort != null
                    || morningAfter != null || openRedFlag)) {
                throw new IllegalArgumentException("withheld health data must not be carried");
            }
        }
    }

    /**
     * One exercise the member did in this session.
     *
     * @param sessionsAtLevel records of this exercise at this level that were not skipped, since
     *                        the last decision that moved the member's level of it, up to and
     *                        including this session (0 when this session's record was skipped
     *                        and there are no others)
     */
    public record Done(String exerciseId, int level, Completion completion, int sessionsAtLevel) {

        public Done {
            Objects.requireNonNull(exerciseId, "exerciseId");
            Objects.requireNonNull(completion, "completion");
            if (sessionsAtLevel < 0) {
                throw new IllegalArgumentException("sessionsAtLevel must not be negative, was " + sessionsAtLevel);
            }
        }
    }
}
