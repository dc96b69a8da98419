package org.backclass.domain.progress.review;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.backclass.domain.exercise.Exercise;
import org.backclass.domain.exercise.ExerciseCatalogue;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.programme.ProgrammeItem;
import org.backclass.domain.staff.ActedBy;
import org.backclass.domain.progress.LevelChange;
import org.backclass.domain.progress.LevelDecision;
import org.backclass.domain.progress.LevelDecisions;
import org.backclass.domain.progress.progression.NextMorning;
import org.backclass.domain.progress.progression.ProgressionEngine;
import org.backclass.domain.progress.progression.ProgressionInput;

/**
 * The progression proposals after a closed class session, and the instructor's decisions on
 * them. Levels change only through {@link #decide}: a proposal on its own changes nothing.
 *
 * <p>Per member who did exercises and per exercise done at the member's own level, the engine
 * gets: pain before (the check-in answer for this session), pain after and effort (the "how was
 * it?" answers), the next morning (the "morning after" answer at the member's next check-in on a
 * later day, against the pain before), the completion, the sessions at that level since the level
 * last moved, whether a red flag is open, and the exercise's hardest level. Pain during an
 * exercise is not asked, so it is unknown. Without consent no health answer is read, and the
 * engine then holds for want of a pain answer. Left out: exercises already decided for this
 * session, exercises the whole class did at a level fixed by the programme (warm-ups,
 * cool-downs), and exercises the catalogue no longer has or no longer has that level of.
 *
 * <p>Thread-safe; every method blocks on the stores, so never call one on the FX thread.
 */
public final class ProposalService {

    private final SessionReviewQueries queries;
    private final LevelDecisions decisions;
    private final ExerciseCatalogue catalogue;
    private final Function<String, Optional<Programme>> programmes;
    private final ProgressionEngine engine;
    private final Clock clock;

    /** @param programmes the programme with an id, if the kiosk's content has it */
    public ProposalService(SessionReviewQueries queries, LevelDecisions decisions, ExerciseCatalogue catalogue,
            Function<String, Optional<Programme>> programmes, ProgressionEngine engine, Clock clock) {
        this.queries = Objects.requireNonNull(queries, "queries");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.programmes = Objects.requireNonNull(programmes, "programmes");
        this.engine = Objects.requireNonNull(engine, "engine");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The exercise catalogue the proposals take their hardest levels (and screens their names) from. */
    public ExerciseCatalogue catalogue() {
        return catalogue;
    }

    /** The session to review now: the one closed most recently that has exercise records. */
    public Optional<ReviewableSession> lastClosedSession() {
        return queries.lastClosed();
    }

    /**
     * The proposals of a closed session that are not decided yet.
     *
     * @return empty when there is no such closed session
     */
    public Optional<SessionProposals> proposalsFor(UUID sessionId) {
        Objects.requireNonNull(sessionId, "sessionId");
        Optional<SessionReview> review = queries.forSession(sessionId);
        if (review.isEmpty()) {
            return Optional.empty();
        }
        Set<String> decided = new HashSet<>();
        decisions.forSession(sessionId).forEach(d -> decided.add(key(d.memberId(), d.exerciseId())));
        String programmeId = review.get().session().programmeId();
        Set<String> fixed = fixedLevelExercises(programmeId == null ? Optional.empty() : programmes.apply(programmeId));
        return Optional.of(new SessionProposals(review.get().session(),
                propose(review.get(), decided, fixed, catalogue, engine)));
    }

    /**
     * Records the instructor's decision on one proposal.
     *
     * @param changedTo the level chosen for {@link LevelDecision#CHANGED}, 1..maxLevel; ignored
     *                  otherwise
     * @return the decision stored, or empty when this proposal had been decided already (the
     *         first decision stands)
     * @throws IllegalArgumentException when {@code changedTo} is missing or outside the
     *         exercise's levels
     */
    public Optional<LevelChange> decide(MemberProposal proposal, LevelDecision decision, Integer changedTo,
            ActedBy by) {
        Objects.requireNonNull(proposal, "proposal");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(by, "by");
        if (decision == LevelDecision.CHANGED
                && (changedTo == null || changedTo < 1 || changedTo > proposal.maxLevel())) {
            throw new IllegalArgumentException("a changed level must be 1.." + proposal.maxLevel() + ", was "
                    + changedTo);
        }
        LevelChange change = LevelChange.decide(proposal.memberId(), proposal.classSessionId(), proposal.proposal(),
                decision, changedTo, by, clock.instant());
        return decisions.record(change) ? Optional.of(change) : Optional.empty();
    }

    /**
     * The proposals for a session's facts: pure, so it can be tested without a database.
     *
     * @param decided  {@link #key} of every member and exercise decided already
     * @param fixed    exercises done at a level the programme fixes for everyone
     */
    static List<MemberProposal> propose(SessionReview review, Set<String> decided, Set<String> fixed,
            ExerciseCatalogue catalogue, ProgressionEngine engine) {
        List<MemberProposal> out = new ArrayList<>();
        UUID sessionId = review.session().sessionId();
        for (SessionReview.Attendee member : review.members()) {
            for (SessionReview.Done done : member.exercises()) {
                Optional<Exercise> exercise = catalogue.find(done.exerciseId());
                if (decided.contains(key(member.memberId(), done.exerciseId())) || fixed.contains(done.exerciseId())
                        || exercise.isEmpty() || done.level() > exercise.get().levels().size()) {
                    continue;
                }
                int maxLevel = exercise.get().levels().size();
                out.add(new MemberProposal(member.memberId(), member.shortName(), sessionId, maxLevel,
                        engine.propose(input(member, done, maxLevel))));
            }
        }
        return out;
    }

    /** The engine's input for one member and exercise; health answers are null when withheld. */
    static ProgressionInput input(SessionReview.Attendee member, SessionReview.Done done, int maxLevel) {
        NextMorning morning = NextMorning.fromScores(member.painBefore(), member.morningAfter()).orElse(null);
        // This session counts even when its record was skipped: the engine holds a skip anyway.
        int sessions = Math.max(1, done.sessionsAtLevel());
        return new ProgressionInput(done.exerciseId(), done.level(), maxLevel, member.painBefore(), null,
                member.painAfter(), morning, done.completion(), member.effort(), sessions, member.openRedFlag());
    }

    /** Exercises a programme has only at a level fixed for everyone; none for an unknown programme. */
    static Set<String> fixedLevelExercises(Optional<Programme> programme) {
        Set<String> fixed = new HashSet<>();
        Set<String> own = new HashSet<>();
        programme.ifPresent(p -> p.items().forEach(item -> {
            if (item instanceof ProgrammeItem.ExerciseBlock block) {
                (block.fixedLevel() == null ? own : fixed).add(block.exerciseId());
            }
        }));
        fixed.removeAll(own);
        return fixed;
    }

    static String key(UUID memberId, String exerciseId) {
        return memberId + "/" + exerciseId;
    }
}
