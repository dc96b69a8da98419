package org.backclass.domain.progress;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.backclass.domain.consent.ConsentState;
import org.backclass.domain.progress.adherence.Adherence;
import org.backclass.domain.progress.outcome.OutcomeAnswer;
import org.backclass.domain.staff.ActedBy;

/**
 * One member's progress, read at one moment.
 *
 * <p>Health answers are shown only while consent is currently {@link ConsentState#GIVEN}:
 * stored answers stay in the file after a withdrawal (erasure is a separate act), but nobody
 * reads them until consent is given again. Then {@code healthDataWithheld} is true,
 * {@code painSeries}, {@code afterClass}, {@code redFlagChecks} and {@code outcomes} are empty and
 * {@code openRedFlag} is null, which means "not shown", never "none". Exercise levels and the
 * instructor's level decisions are training records, not health answers, and are always shown
 * (a decision's reason code can reveal a pain answer: whoever shows it applies the consent).
 *
 * @param painSeries    pain answers, oldest first
 * @param levels        exercise id to the level the member starts at next (see
 *                      {@link ClassResults#currentLevels})
 * @param levelHistory  exercise records, newest first, at most
 *                      {@link ProgressQueries#LEVEL_HISTORY_LIMIT}
 * @param openRedFlag   the newest red-flag check had a yes that nobody has resolved; null when
 *                      withheld
 * @param afterClass    pain now and effort after each class or routine, oldest first
 * @param redFlagChecks every red-flag check answered, oldest first
 * @param levelDecisions the instructor's decisions on level proposals, newest first, at most
 *                       {@link LevelDecisions#HISTORY_LIMIT}
 * @param outcomes       answered progress checks (pain NRS and PSFS), oldest first
 */
public record MemberProgress(UUID memberId, String shortName, ConsentState consent, boolean healthDataWithheld,
        List<PainPoint> painSeries, Map<String, Integer> levels, List<LevelRecord> levelHistory,
        Adherence adherence, Boolean openRedFlag, List<AfterClassAnswer> afterClass,
        List<RedFlagCheck> redFlagChecks, List<LevelChange> levelDecisions, List<OutcomeAnswer> outcomes) {

    public MemberProgress {
        Objects.requireNonNull(memberId, "memberId");
        Objects.requireNonNull(shortName, "shortName");
        Objects.requireNonNull(consent, "consent");
        Objects.requireNonNull(adherence, "adherence");
        painSeries = List.copyOf(painSeries);
        levels = Map.copyOf(levels);
        levelHistory = List.copyOf(levelHistory);
        afterClass = List.copyOf(afterClass);
        redFlagChecks = List.copyOf(redFlagChecks);
        levelDecisions = List.copyOf(levelDecisions);
        outcomes = List.copyOf(outcomes);
        if (healthDataWithheld != !consent.given()) {
            throw new IllegalArgumentException("health data is withheld exactly when consent is not given");
        }
        if (healthDataWithheld && (!painSeries.isEmpty() || openRedFlag != null || !afterClass.isEmpty()
                || !redFlagChecks.isEmpty() || !outcomes.isEmpty())) {
            throw new IllegalArgumentException("withheld health data must not be carried");
        }
        if (!healthDataWithheld && openRedFlag == null) {
            throw new IllegalArgumentException("openRedFlag is required with consent");
        }
    }

    /** One pain answer: {@code context} says when it was asked, e.g. at check-in. */
    public record PainPoint(Instant reportedAt, String context, int score) {
    }

    /** One exercise record; {@code classSessionId} is null for an individual routine. */
    public record LevelRecord(Instant recordedAt, String exerciseId, int level, Completion completion,
            UUID classSessionId) {
    }

    /**
     * Pain now and effort (Borg CR10), both 0–10, answered after a class or, with a null
     * {@code classSessionId}, after an individual routine.
     */
    public record AfterClassAnswer(Instant answeredAt, UUID classSessionId, int painNow, int effort) {

        public boolean routine() {
            return classSessionId == null;
        }
    }

    /**
     * One red-flag check: whether anything was answered "yes", and when and by whom a "yes" was
     * cleared after speaking to the member ({@code resolvedAt} and {@code resolvedBy} null while
     * open, for a "no", and {@code resolvedBy} null for flags cleared before it was recorded).
     */
    public record RedFlagCheck(Instant answeredAt, boolean anyYes, Instant resolvedAt, ActedBy resolvedBy) {
    }
}
