package org.backclass.tools.clips;

import java.util.ArrayList;
import java.util.List;

/**
 * A looping movement: poses held and moved between, with eased transitions. The loop ends
 * where it starts, so a looping video never jumps.
 */
final class Motion {

    private record Key(Pose pose, double moveSeconds, double holdSeconds) {
    }

    private final List<Key> keys = new ArrayList<>();
    private final FigureRenderer.Prop prop;

    private Motion(FigureRenderer.Prop prop, Pose start, double holdSeconds) {
        this.prop = prop;
        keys.add(new Key(start, 0, holdSeconds));
    }

    static Motion startingAt(FigureRenderer.Prop prop, Pose start, double holdSeconds) {
        return new Motion(prop, start, holdSeconds);
    }

    /** Moves to {@code pose} in {@code moveSeconds}, then holds it. */
    Motion then(Pose pose, double moveSeconds, double holdSeconds) {
        keys.add(new Key(pose, moveSeconds, holdSeconds));
        return this;
    }

    /** Repeats the movement so far {@code times} times in all (back to the start in between). */
    Motion repeated(int times, double returnSeconds) {
        List<Key> once = List.copyOf(keys);
        for (int i = 1; i < times; i++) {
            keys.add(new Key(once.get(0).pose(), returnSeconds, once.get(0).holdSeconds()));
            keys.addAll(once.subList(1, once.size()));
        }
        return this;
    }

    FigureRenderer.Prop prop() {
        return prop;
    }

    /** Seconds for one loop, including the move back to the first pose. */
    double seconds(double returnSeconds) {
        double total = returnSeconds;
        for (Key k : keys) {
            total += k.moveSeconds() + k.holdSeconds();
        }
        return total;
    }

    /** The pose at time {@code t} into the loop; the loop ends by moving back to the first pose. */
    Pose at(double t, double returnSeconds) {
        double clock = t;
        Pose previous = keys.get(0).pose();
        for (Key k : keys) {
            if (clock < k.moveSeconds()) {
                return previous.towards(k.pose(), ease(clock / k.moveSeconds()));
            }
            clock -= k.moveSeconds();
            if (clock < k.holdSeconds()) {
                return k.pose();
            }
            clock -= k.holdSeconds();
            previous = k.pose();
        }
        if (clock < returnSeconds) {
            return previous.towards(keys.get(0).pose(), ease(clock / returnSeconds));
        }
        return keys.get(0).pose();
    }

    /** Slow in, slow out: how a controlled movement looks. */
    private static double ease(double x) {
        return x * x * (3 - 2 * x);
    }
}
