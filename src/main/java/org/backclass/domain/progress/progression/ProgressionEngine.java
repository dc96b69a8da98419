package org.backclass.domain.progress.progression;

import java.util.List;
import java.util.Objects;
import org.backclass.domain.progress.Completion;

/**
 * Proposes the next level of one exercise for one member from the pain-monitoring model. The
 * first rule that applies decides, in this order:
 *
 * <ol>
 * <li><b>Open red flag → hold</b> ({@link Reason#RED_FLAG_OPEN}). A red flag means "speak to the
 *     instructor before exercising"; any change of level, even an easier one, would look as if
 *     the kiosk had judged the symptom, so the level stays until a person has.</li>
 * <li><b>Red pain during or after → one level easier</b> ({@link Reason#PAIN_RED}). Pain above the
 *     amber limit says the load exceeded what the back tolerates today; the next morning is not
 *     awaited because the load was already too much.</li>
 * <li><b>Worse next morning → one level easier</b> ({@link Reason#NEXT_MORNING_WORSE}). The model
 *     lets the next-day response overrule a session that felt fine: more pain than before means
 *     the load was too high, whatever the pain during the session was.</li>
 * <li><b>No pain answer → hold</b> ({@link Reason#NO_PAIN_ANSWER}). Without pain during or after,
 *     the model has nothing to judge, and a harder level must be earned, not assumed.</li>
 * <li><b>Amber pain, morning unknown → hold</b> ({@link Reason#PAIN_AMBER_WAIT_FOR_MORNING}).
 *     Amber pain is acceptable only if it settles by the next morning, so it cannot count yet.</li>
 * <li><b>Exercise skipped → hold</b> ({@link Reason#EXERCISE_SKIPPED}); <b>dose partly done →
 *     hold</b> ({@link Reason#DOSE_NOT_COMPLETED}, only if the site requires a completed dose). A
 *     level is mastered when its whole dose is done. A short dose is not a reason to go easier on
 *     its own: the engine sees one session, and a pattern of short doses is for the instructor.</li>
 * <li><b>Effort above the limit → hold</b> ({@link Reason#EFFORT_TOO_HIGH}). "Very hard" work means
 *     the level is not routine yet; an unknown effort does not hold anyone back, because pain is
 *     the model's measure and effort only a second check.</li>
 * <li><b>Too few sessions at the level → hold</b> ({@link Reason#TOO_FEW_SESSIONS}), so that one
 *     good day is not taken for tolerance.</li>
 * <li>Otherwise <b>one level harder</b>: {@link Reason#GREEN_AND_ROUTINE} when pain stayed green
 *     (the next morning need not be known: green pain is safe, and a worse morning reported later
 *     turns the proposal into a regress when it is proposed again), {@link Reason#PAIN_AMBER_SETTLED}
 *     when it was amber and the next morning was the same or better.</li>
 * </ol>
 *
 * <p>Pain during and pain after are judged alike and the worse of the two counts; an unknown one
 * is left out. A proposal beyond the exercise's levels becomes a hold with
 * {@link Reason#AT_TOP_LEVEL} or {@link Reason#AT_BOTTOM_LEVEL}, whose explanation still names the
 * rule that wanted the change. The engine is stateless and thread-safe.
 */
public final class ProgressionEngine {

    private final ProgressionRules rules;

    /** An engine with the site's rules. */
    public ProgressionEngine(ProgressionRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    /** An engine with {@link ProgressionRules#defaults()}. */
    public ProgressionEngine() {
        this(ProgressionRules.defaults());
    }

    /** The rules this engine applies. */
    public ProgressionRules rules() {
        return rules;
    }

    /** The proposal for one member and one exercise. */
    public Proposal propose(ProgressionInput in) {
        Objects.requireNonNull(in, "in");
        Reason reason = decide(in);
        int from = in.currentLevel();
        return switch (reason.kind()) {
            case PROGRESS -> from < in.maxLevel()
                    ? move(in, Proposal.Kind.PROGRESS, from + 1, reason)
                    : hold(in, Reason.AT_TOP_LEVEL, finding(reason) + ", but this is already the hardest level: stay.");
            case REGRESS -> from > 1
                    ? move(in, Proposal.Kind.REGRESS, from - 1, reason)
                    : hold(in, Reason.AT_BOTTOM_LEVEL, finding(reason)
                            + ", but this is already the easiest level: stay, and the instructor should review it.");
            case HOLD -> hold(in, reason, holdExplanation(reason, in));
        };
    }

    /** One proposal per input, in the same order, so that index i answers input i. */
    public List<Proposal> proposeAll(List<ProgressionInput> inputs) {
        return inputs.stream().map(this::propose).toList();
    }

    private Reason decide(ProgressionInput in) {
        if (in.openRedFlag()) {
            return Reason.RED_FLAG_OPEN;
        }
        PainZone pain = worstPain(in);
        if (pain == PainZone.RED) {
            return Reason.PAIN_RED;
        }
        if (in.nextMorning() == NextMorning.WORSE) {
            return Reason.NEXT_MORNING_WORSE;
        }
        if (pain == null) {
            return Reason.NO_PAIN_ANSWER;
        }
        if (pain == PainZone.AMBER && in.nextMorning() == null) {
            return Reason.PAIN_AMBER_WAIT_FOR_MORNING;
        }
        if (in.completion() == Completion.SKIPPED) {
            return Reason.EXERCISE_SKIPPED;
        }
        if (in.completion() == Completion.PARTIAL && rules.requireCompletedDose()) {
            return Reason.DOSE_NOT_COMPLETED;
        }
        if (in.effort() != null && in.effort() > rules.maxEffortToProgress()) {
            return Reason.EFFORT_TOO_HIGH;
        }
        if (in.sessionsAtLevel() < rules.minSessionsAtLevelToProgress()) {
            return Reason.TOO_FEW_SESSIONS;
        }
        // Amber reaches this point only with a known morning that was not worse: it settled.
        return pain == PainZone.GREEN ? Reason.GREEN_AND_ROUTINE : Reason.PAIN_AMBER_SETTLED;
    }

    /** The worse zone of pain during and after, or null when neither is known. */
    private PainZone worstPain(ProgressionInput in) {
        Integer worst = in.painDuring() == null ? in.painAfter()
                : in.painAfter() == null ? in.painDuring()
                : Integer.valueOf(Math.max(in.painDuring(), in.painAfter()));
        return worst == null ? null : rules.zoneOf(worst);
    }

    private Proposal move(ProgressionInput in, Proposal.Kind kind, int to, Reason reason) {
        String action = kind == Proposal.Kind.PROGRESS ? "go one level harder." : "go one level easier.";
        return new Proposal(in.exerciseId(), kind, in.currentLevel(), to, reason, finding(reason) + ": " + action);
    }

    private static Proposal hold(ProgressionInput in, Reason reason, String explanation) {
        return new Proposal(in.exerciseId(), Proposal.Kind.HOLD, in.currentLevel(), in.currentLevel(), reason,
                explanation);
    }

    /** What was seen, for the reasons that move a level; the action is added by the caller. */
    private String finding(Reason reason) {
        return switch (reason) {
            case PAIN_RED -> "Pain during or after was above " + rules.amberMax() + " (red)";
            case NEXT_MORNING_WORSE -> "Pain the next morning was higher than before the session";
            case GREEN_AND_ROUTINE -> "Pain stayed at " + rules.greenMax()
                    + " or below (green) and the dose was done at an acceptable effort";
            case PAIN_AMBER_SETTLED -> "Pain was " + amberRange()
                    + " (amber) but settled by the next morning, and the dose was done at an acceptable effort";
            default -> throw new IllegalArgumentException(reason + " does not move a level");
        };
    }

    private String holdExplanation(Reason reason, ProgressionInput in) {
        return switch (reason) {
            case RED_FLAG_OPEN -> "A red-flag answer is open: no change until the instructor has spoken with the member.";
            case NO_PAIN_ANSWER -> "No pain answer for during or after the session: not enough information to change.";
            case PAIN_AMBER_WAIT_FOR_MORNING -> "Pain was " + amberRange()
                    + " (amber): stay until the next-morning answer shows it settled.";
            case EXERCISE_SKIPPED -> "The exercise was skipped this session: stay on this level.";
            case DOSE_NOT_COMPLETED -> "The prescribed dose was only partly done: repeat this level.";
            case EFFORT_TOO_HIGH -> "Effort was above " + rules.maxEffortToProgress()
                    + " of 10: repeat this level until it feels easier.";
            case TOO_FEW_SESSIONS -> "Session " + in.sessionsAtLevel() + " on this level: a harder level comes after "
                    + rules.minSessionsAtLevelToProgress() + ".";
            default -> throw new IllegalArgumentException(reason + " is not a hold rule");
        };
    }

    private String amberRange() {
        return (rules.greenMax() + 1) + "–" + rules.amberMax();
    }
}
