package org.backclass.config.content;

import org.backclass.domain.exercise.Dose;

/**
 * Reads a dose: {@code {seconds: 30, sets: 3, rest: 20, perSide: true}} for holds and continuous
 * work, {@code {reps: 10, sets: 2, rest: 45, tempo: 4}} for repetitions. Sets default to 1, rest
 * to 0 seconds, perSide to false; tempo is seconds per repetition and may be left out.
 */
final class DoseParser {

    private DoseParser() {
    }

    static Dose parse(YamlNode node, String what, Problems problems) {
        if (!(node instanceof YamlNode.Mapping map)) {
            problems.add(node.line(), what + " must be a mapping such as {reps: 10, sets: 2, rest: 30}, was "
                    + YamlNode.describe(node));
            return null;
        }
        Fields f = new Fields(map, what, problems).allowOnly("seconds", "reps", "sets", "rest", "perSide", "tempo");
        boolean timed = f.has("seconds");
        if (timed == f.has("reps")) {
            problems.add(map.line(), what + " must give either 'seconds' (a hold or continuous work) or 'reps', "
                    + "not " + (timed ? "both" : "neither"));
            return null;
        }
        Integer amount = timed ? f.integer("seconds", 1, Dose.MAX_SECONDS) : f.integer("reps", 1, Dose.MAX_REPS);
        Integer sets = f.integer("sets", 1, Dose.MAX_SETS, 1);
        Integer rest = f.integer("rest", 0, Dose.MAX_REST_SECONDS, 0);
        Boolean perSide = f.bool("perSide", false);
        Integer tempo = 0;
        if (f.has("tempo")) {
            if (timed) {
                problems.add(f.line("tempo"), "tempo of " + what + " only applies to reps, not to a timed dose");
                return null;
            }
            tempo = f.integer("tempo", 1, Dose.MAX_TEMPO_SECONDS);
        }
        if (amount == null || sets == null || rest == null || perSide == null || tempo == null) {
            return null;
        }
        return timed ? Dose.timed(amount, sets, rest, perSide) : Dose.reps(amount, sets, rest, perSide, tempo);
    }
}
