package org.backclass.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The mixed-level timing rule. A group class runs one clock, so each exercise is timed by one
 * <em>group level</em>:
 * <ol>
 *   <li>each participant's level is their level for the exercise, resolved against the dose
 *       table ({@link ExerciseItem#resolveLevel}: the nearest level not harder than theirs);
 *       a participant with no level for it counts as the lowest level;</li>
 *   <li>the group level is the level most participants are on;</li>
 *   <li>ties go to the <em>lower</em> level (the safer, usually slower-paced time box);</li>
 *   <li>with no participants (an empty room, a demo) it is the lowest level.</li>
 * </ol>
 * The group level fixes sets, rest, per-side and the time box of every set (hold seconds, or
 * reps × tempo). Each participant is still shown their own level and dose: someone on a
 * shorter hold rests for the remainder, someone on more reps than fit simply stops with the
 * group. Pure and stateless.
 */
public final class GroupLevel {

    private GroupLevel() {
    }

    /** The level that times the group for this exercise. */
    public static int choose(ExerciseItem item, List<Participant> participants) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Participant p : participants) {
            counts.merge(levelOf(item, p), 1, Integer::sum);
        }
        int best = item.lowestLevel();
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> e : counts.entrySet()) { // ascending: ties keep the lower level
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    /** The level of the dose table this participant does for this exercise. */
    public static int levelOf(ExerciseItem item, Participant participant) {
        return participant.levelFor(item.exerciseId()).stream()
                .map(item::resolveLevel)
                .findFirst()
                .orElse(item.lowestLevel());
    }

    /** Every participant's own level and dose for this exercise, in plan order. */
    public static List<ParticipantDose> dosesFor(ExerciseItem item, List<Participant> participants) {
        List<ParticipantDose> doses = new ArrayList<>(participants.size());
        for (Participant p : participants) {
            int level = levelOf(item, p);
            doses.add(new ParticipantDose(p.memberId(), p.shortName(), level, item.doseAt(level)));
        }
        return List.copyOf(doses);
    }
}
