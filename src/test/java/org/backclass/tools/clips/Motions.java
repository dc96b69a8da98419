package org.backclass.tools.clips;

import static org.backclass.tools.clips.FigureRenderer.Prop.BIKE;
import static org.backclass.tools.clips.FigureRenderer.Prop.CHAIR;
import static org.backclass.tools.clips.FigureRenderer.Prop.MAT;
import static org.backclass.tools.clips.FigureRenderer.Prop.NONE;
import static org.backclass.tools.clips.FigureRenderer.Prop.WALL;

import java.util.Locale;

/**
 * The movement shown for each exercise and level. Levels change the variant (easier ↔
 * harder): a bigger range, a longer lever, one leg instead of two. An exercise this table does
 * not know yet gets a gentle movement typical of its category, so every catalogue entry has a
 * clip until someone records or draws a better one.
 */
final class Motions {

    private Motions() {
    }

    static Motion forExercise(String id, String category, int level) {
        return switch (id) {
            case "cat-cow" -> catCow(level);
            case "pelvic-tilt" -> pelvicTilt(level);
            case "knee-to-chest" -> kneeToChest(level);
            case "childs-pose" -> childsPose(level);
            case "prone-press-up", "cobra" -> pressUp(level);
            case "bird-dog" -> birdDog(level);
            case "glute-bridge" -> bridge(level);
            case "dead-bug", "abdominal-bracing" -> deadBug(level);
            case "front-plank", "plank" -> plank(level);
            case "superman", "prone-extension" -> superman(level);
            case "wall-sit" -> wallSit(level);
            case "sit-to-stand", "squat" -> sitToStand(level);
            case "forward-lunge", "lunge" -> lunge(level);
            case "hamstring-stretch" -> hamstring(level);
            case "hip-flexor-stretch" -> hipFlexor(level);
            case "marching", "walking", "marching-warm-up", "indoor-walk" -> marching(level);
            case "lower-trunk-rotation" -> trunkRotation(level);
            case "seated-trunk-twist" -> seatedTwist(level);
            case "figure-four-stretch", "piriformis-stretch" -> figureFour(level);
            case "side-plank" -> sidePlank(level);
            case "stationary-bike" -> bike(level);
            default -> byCategory(category, level);
        };
    }

    private static Motion byCategory(String category, int level) {
        return switch (category.toUpperCase(Locale.ROOT)) {
            case "MOBILITY" -> catCow(level);
            case "STRETCH" -> hamstring(level);
            case "AEROBIC" -> marching(level);
            default -> bridge(level);
        };
    }

    private static Motion catCow(int level) {
        Pose flat = Pose.allFours();
        double range = 8 + 4 * level;
        return Motion.startingAt(MAT, flat, 0.4)
                .then(flat.trunk(88 - range, 150), 1.6, 0.6)
                .then(flat.trunk(88 + range, 95), 2.2, 0.6)
                .repeated(2, 1.6);
    }

    private static Motion pelvicTilt(int level) {
        Pose lying = Pose.crookLying();
        return Motion.startingAt(MAT, lying, 0.5)
                .then(lying.hip(0.05, 0.05 + 0.01 * level).legs(40, 150), 1.4, 1.0 + 0.5 * level)
                .repeated(2, 1.2);
    }

    private static Motion kneeToChest(int level) {
        Pose lying = Pose.crookLying();
        Pose hug = lying.nearLeg(level >= 3 ? -20 : 0, level >= 2 ? 110 : 130).nearArm(60, 20);
        Motion m = Motion.startingAt(MAT, lying, 0.5).then(hug, 1.6, 2.0);
        if (level >= 4) {
            m.then(hug.farLeg(-20, 110), 1.4, 2.0);
        }
        return m;
    }

    private static Motion childsPose(int level) {
        Pose fours = Pose.allFours();
        // Sitting back on the heels, chest over the thighs, arms long on the floor in front.
        double reach = 4 * level;
        Pose rest = new Pose(-0.15, 0.12, 100, 125, 117, 270, 117, 270, 100 - reach, 92, 100 - reach, 92);
        return Motion.startingAt(MAT, fours, 0.6).then(rest, 2.4, 3.5);
    }

    private static Motion pressUp(int level) {
        Pose prone = Pose.proneLying();
        double lift = 10 + 12 * level;
        Pose up = prone.trunk(90 - lift, 90 - lift * 0.8).arms(180 - lift * 0.5, 110 - lift * 0.6);
        return Motion.startingAt(MAT, prone, 0.6).then(up, 1.8, 1.0).repeated(2, 1.4);
    }

    private static Motion birdDog(int level) {
        Pose fours = Pose.allFours();
        Pose reach = switch (level) {
            case 1 -> fours.nearArm(95, 95);
            case 2 -> fours.nearLeg(270, 270);
            default -> fours.nearArm(95, 95).farLeg(270, 270);
        };
        Motion m = Motion.startingAt(MAT, fours, 0.5).then(reach, 1.6, level >= 4 ? 3.0 : 1.5);
        if (level >= 3) {
            Pose other = level == 1 ? fours.farArm(95, 95) : fours.farArm(95, 95).nearLeg(270, 270);
            m.then(fours, 1.2, 0.4).then(other, 1.6, level >= 4 ? 3.0 : 1.5);
        }
        return m;
    }

    private static Motion bridge(int level) {
        Pose lying = Pose.crookLying();
        double lift = level == 1 ? 0.08 : 0.16;
        Pose up = lying.hip(0.08, 0.05 + lift).trunk(270 - Math.toDegrees(Math.asin(lift / Pose.TRUNK)), 268)
                .feetAt(0.36, 0.02);
        Motion m = Motion.startingAt(MAT, lying, 0.5).then(up, 1.6, 1.2);
        if (level == 3) {
            m.then(up.nearLeg(10, 120), 1.0, 1.0).then(up, 1.0, 0.3).then(up.farLeg(10, 120), 1.0, 1.0);
        }
        if (level >= 4) {
            m.then(up.nearLeg(40, 40), 1.2, 2.0);
        }
        return m;
    }

    private static Motion deadBug(int level) {
        Pose table = Pose.crookLying().hip(0.05, 0.05).legs(0, 90).arms(0, 0);
        Pose base = level == 1 ? Pose.crookLying() : table;
        Pose move = switch (level) {
            case 1 -> base.nearArm(300, 300);
            case 2 -> base.nearLeg(45, 135);
            case 3 -> base.nearLeg(60, 80).farArm(300, 300);
            default -> base.nearLeg(80, 80).farArm(290, 290);
        };
        return Motion.startingAt(MAT, base, 0.5).then(move, 1.8, 1.0).repeated(2, 1.4);
    }

    private static Motion plank(int level) {
        // Forearms flat under the shoulders; from knees (shorter lever) or feet.
        Pose knees = new Pose(-0.10, 0.085, 75, 95, 256, 270, 256, 270, 180, 90, 180, 90);
        Pose feet = new Pose(-0.10, 0.10, 80, 95, 260, 260, 260, 260, 180, 90, 180, 90);
        Pose start = level <= 1 ? knees : feet;
        Motion m = Motion.startingAt(MAT, start.hip(start.hipX(), 0.04).trunk(start.trunk() + 8, 95), 0.6)
                .then(start, 1.6, 2.5 + level);
        if (level >= 4) {
            m.then(start.nearLeg(265, 265), 1.2, 1.5);
        }
        return m;
    }

    private static Motion superman(int level) {
        Pose prone = Pose.proneLying().arms(270, 270);
        Pose lift = prone.trunk(90 - 4 * level, 80 - 4 * level).arms(270 - 5 * level, 270 - 5 * level)
                .legs(270 - (level >= 2 ? 6 : 0) * level / 2.0, 270 - (level >= 2 ? 6 : 0) * level / 2.0);
        return Motion.startingAt(MAT, prone, 0.6).then(lift, 1.6, 1.0 + 0.5 * level).repeated(2, 1.4);
    }

    private static Motion wallSit(int level) {
        double depth = 10 + 12 * level;
        Pose stand = Pose.standing().hip(-0.14, 0.48).feetAt(-0.12, 0.02);
        Pose sit = stand.hip(-0.14, 0.48 - depth / 250).feetAt(-0.14 + depth / 160, 0.02);
        return Motion.startingAt(WALL, stand, 0.6).then(sit, 2.0, 3.0 + level);
    }

    private static Motion sitToStand(int level) {
        Pose sit = Pose.seated().arms(level == 1 ? 150 : 120, level == 1 ? 150 : 90);
        Pose stand = Pose.standing().hip(0.12, 0.47).feetAt(0.15, 0.02)
                .arms(level == 1 ? 180 : 120, level == 1 ? 180 : 90);
        Pose lean = sit.trunk(35, 45);
        return Motion.startingAt(level >= 3 ? NONE : CHAIR, sit, 0.5)
                .then(lean, 0.8, 0.1).then(stand, 1.2, 0.6)
                .then(lean.hip(-0.08, level >= 3 ? 0.22 : 0.27).feetAt(0.15, 0.02), 1.6, 0.2)
                .repeated(2, 0.8);
    }

    private static Motion lunge(int level) {
        Pose stand = Pose.standing();
        double depth = 0.05 + 0.04 * level;
        Pose split = stand.nearFootAt(0.20, 0.02).farFootAt(-0.22, 0.02);
        Pose down = split.hip(-0.01, 0.46 - depth).nearFootAt(0.20, 0.02).farFootAt(-0.22, 0.02);
        return Motion.startingAt(NONE, split, 0.5).then(down, 1.6, 0.8).repeated(2, 1.4);
    }

    private static Motion hamstring(int level) {
        Pose lying = Pose.crookLying();
        Pose stretch = lying.nearLeg(level >= 3 ? 350 : 15, level >= 3 ? 355 : 30).nearArm(30, 20);
        return Motion.startingAt(MAT, lying, 0.5).then(stretch, 2.0, 2.5 + level);
    }

    private static Motion hipFlexor(int level) {
        Pose kneel = new Pose(-0.02, 0.26, 0, 0, 90, 180, 180, 270, 180, 180, 180, 180);
        Pose lunge = kneel.hip(0.05 + 0.02 * level, 0.24).farLeg(200 + 5 * level, 270).nearLeg(70, 180)
                .arms(level >= 3 ? 20 : 180, level >= 3 ? 10 : 180);
        return Motion.startingAt(MAT, kneel, 0.6).then(lunge, 2.0, 2.5 + level);
    }

    private static Motion marching(int level) {
        Pose stand = Pose.standing();
        double knee = 130 - 12 * level;
        Pose right = stand.nearLeg(knee, 180).farArm(150, 120).nearArm(200, 190);
        Pose left = stand.farLeg(knee, 180).nearArm(150, 120).farArm(200, 190);
        double pace = 0.7 - 0.08 * level;
        return Motion.startingAt(NONE, stand, 0.2).then(right, pace, 0).then(stand, pace, 0).then(left, pace, 0)
                .repeated(4, pace);
    }

    /** Seen from the side, knees lowering to one side read as the knees sinking towards the floor. */
    private static Motion trunkRotation(int level) {
        Pose lying = Pose.crookLying();
        Pose drop = lying.feetAt(0.38 + 0.025 * level, 0.02).arms(80, 80);
        return Motion.startingAt(MAT, lying, 0.5).then(drop, 2.0, 1.0 + 0.5 * level).repeated(2, 1.8);
    }

    private static Motion seatedTwist(int level) {
        Pose sit = Pose.seated().arms(120, 80);
        Pose twist = sit.trunk(0, 320 - 10 * level).nearArm(250 - 10 * level, 230).farArm(60, 90);
        return Motion.startingAt(CHAIR, sit, 0.5).then(twist, 2.0, 1.5 + 0.5 * level).repeated(2, 1.6);
    }

    private static Motion figureFour(int level) {
        Pose lying = Pose.crookLying();
        Pose crossed = lying.nearLeg(60, 100);
        Pose pulled = crossed.farLeg(level >= 2 ? 10 : 35, level >= 2 ? 100 : 140).arms(40, 30);
        Motion m = Motion.startingAt(MAT, lying, 0.5).then(crossed, 1.4, 0.6);
        return level == 1 ? m.then(crossed, 0, 3.0) : m.then(pulled, 1.8, 2.5 + level);
    }

    private static Motion sidePlank(int level) {
        Pose knees = new Pose(-0.08, 0.10, 70, 80, 245, 270, 245, 270, 175, 95, 30, 10);
        Pose feet = new Pose(-0.06, 0.14, 74, 82, 256, 256, 256, 256, 175, 95, 30, 10);
        Pose top = level <= 1 ? knees : feet;
        Motion m = Motion.startingAt(MAT, top.hip(top.hipX(), 0.05).trunk(top.trunk() + 10, 85), 0.6)
                .then(top, 1.6, 2.0 + level);
        if (level >= 4) {
            m.then(top.nearLeg(235, 235), 1.0, 1.5);
        }
        return m;
    }

    private static Motion bike(int level) {
        Pose seated = new Pose(-0.05, 0.42, 20, 30, 120, 200, 150, 160, 60, 80, 60, 80);
        Pose other = seated.nearLeg(150, 160).farLeg(120, 200);
        double pace = 0.8 - 0.1 * level;
        return Motion.startingAt(BIKE, seated, 0).then(other, pace, 0).repeated(5, pace);
    }
}
