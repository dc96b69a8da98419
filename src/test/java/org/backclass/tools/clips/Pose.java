package org.backclass.tools.clips;

/**
 * A side-view stick figure, facing right. Angles are absolute, in degrees: 0 points up,
 * 90 to the right (where the figure faces), 180 down, 270 to the left. The hip position is in
 * figure heights: x from the centre of the frame, y above the floor. "Near" limbs are the side
 * turned to the camera, drawn brighter; "far" limbs are behind the body.
 */
record Pose(double hipX, double hipY, double trunk, double head,
        double nearThigh, double nearShin, double farThigh, double farShin,
        double nearUpperArm, double nearForearm, double farUpperArm, double farForearm) {

    /** Standing tall, arms by the sides. */
    static Pose standing() {
        return new Pose(0, 0.48, 0, 0, 180, 180, 180, 180, 180, 180, 180, 180);
    }

    /** On hands and knees, back flat, looking at the floor. */
    static Pose allFours() {
        return new Pose(-0.16, 0.24, 88, 120, 180, 270, 180, 270, 180, 180, 180, 180);
    }

    /** Lying on the back, knees bent, feet flat, arms by the sides. */
    static Pose crookLying() {
        return new Pose(0.05, 0.05, 270, 270, 45, 150, 45, 150, 90, 90, 90, 90).feetAt(0.36, 0.02);
    }

    /** Lying face down, arms bent beside the head. */
    static Pose proneLying() {
        return new Pose(-0.05, 0.05, 90, 90, 270, 270, 270, 270, 180, 90, 180, 90);
    }

    /** Sitting upright on a chair (the chair is drawn separately), feet under the knees. */
    static Pose seated() {
        return new Pose(-0.08, 0.27, 0, 0, 90, 180, 90, 180, 165, 110, 165, 110).feetAt(0.15, 0.02);
    }

    Pose hip(double x, double y) {
        return new Pose(x, y, trunk, head, nearThigh, nearShin, farThigh, farShin, nearUpperArm, nearForearm,
                farUpperArm, farForearm);
    }

    Pose trunk(double trunkAngle, double headAngle) {
        return new Pose(hipX, hipY, trunkAngle, headAngle, nearThigh, nearShin, farThigh, farShin, nearUpperArm,
                nearForearm, farUpperArm, farForearm);
    }

    Pose nearLeg(double thigh, double shin) {
        return new Pose(hipX, hipY, trunk, head, thigh, shin, farThigh, farShin, nearUpperArm, nearForearm,
                farUpperArm, farForearm);
    }

    Pose farLeg(double thigh, double shin) {
        return new Pose(hipX, hipY, trunk, head, nearThigh, nearShin, thigh, shin, nearUpperArm, nearForearm,
                farUpperArm, farForearm);
    }

    Pose legs(double thigh, double shin) {
        return nearLeg(thigh, shin).farLeg(thigh, shin);
    }

    Pose nearArm(double upper, double fore) {
        return new Pose(hipX, hipY, trunk, head, nearThigh, nearShin, farThigh, farShin, upper, fore, farUpperArm,
                farForearm);
    }

    Pose farArm(double upper, double fore) {
        return new Pose(hipX, hipY, trunk, head, nearThigh, nearShin, farThigh, farShin, nearUpperArm, nearForearm,
                upper, fore);
    }

    Pose arms(double upper, double fore) {
        return nearArm(upper, fore).farArm(upper, fore);
    }

    /** Segment lengths in figure heights (shared with the renderer). */
    static final double THIGH = 0.24;
    static final double SHIN = 0.24;
    static final double UPPER_ARM = 0.16;
    static final double FOREARM = 0.15;
    static final double TRUNK = 0.30;

    /** Both legs bent so the feet rest at ({@code x}, {@code y}) in figure heights, knees bending forward. */
    Pose feetAt(double x, double y) {
        double[] a = reach(hipX, hipY, x, y, THIGH, SHIN, true);
        return legs(a[0], a[1]);
    }

    /** The near leg only, foot at ({@code x}, {@code y}). */
    Pose nearFootAt(double x, double y) {
        double[] a = reach(hipX, hipY, x, y, THIGH, SHIN, true);
        return nearLeg(a[0], a[1]);
    }

    /** The far leg only, foot at ({@code x}, {@code y}). */
    Pose farFootAt(double x, double y) {
        double[] a = reach(hipX, hipY, x, y, THIGH, SHIN, true);
        return farLeg(a[0], a[1]);
    }

    /** Both hands at ({@code x}, {@code y}), elbows bending backwards. */
    Pose handsAt(double x, double y) {
        double sx = hipX + Math.sin(Math.toRadians(trunk)) * TRUNK;
        double sy = hipY + Math.cos(Math.toRadians(trunk)) * TRUNK;
        double[] a = reach(sx, sy, x, y, UPPER_ARM, FOREARM, false);
        return arms(a[0], a[1]);
    }

    /**
     * Two-segment reach from ({@code fx}, {@code fy}) to a target: the angles of both segments,
     * with the middle joint bending to the front ({@code forward}) or the back. A target out of
     * reach straightens the chain towards it.
     */
    static double[] reach(double fx, double fy, double tx, double ty, double l1, double l2, boolean forward) {
        double dx = tx - fx;
        double dy = ty - fy;
        double d = Math.min(Math.hypot(dx, dy), l1 + l2 - 1e-6);
        double towards = Math.toDegrees(Math.atan2(dx, dy));
        double bend = Math.toDegrees(Math.acos(Math.max(-1, Math.min(1, (l1 * l1 + d * d - l2 * l2) / (2 * l1 * d)))));
        double first = forward ? towards - bend : towards + bend;
        double mx = fx + Math.sin(Math.toRadians(first)) * l1;
        double my = fy + Math.cos(Math.toRadians(first)) * l1;
        double second = Math.toDegrees(Math.atan2(tx - mx, ty - my));
        return new double[] {first, second};
    }

    /** The pose {@code t} of the way (0..1) from this one to {@code to}, angles the short way round. */
    Pose towards(Pose to, double t) {
        return new Pose(lerp(hipX, to.hipX, t), lerp(hipY, to.hipY, t), angle(trunk, to.trunk, t),
                angle(head, to.head, t), angle(nearThigh, to.nearThigh, t), angle(nearShin, to.nearShin, t),
                angle(farThigh, to.farThigh, t), angle(farShin, to.farShin, t),
                angle(nearUpperArm, to.nearUpperArm, t), angle(nearForearm, to.nearForearm, t),
                angle(farUpperArm, to.farUpperArm, t), angle(farForearm, to.farForearm, t));
    }

    private static double lerp(double a, double b, double t) {
        return a + (b - a) * t;
    }

    private static double angle(double a, double b, double t) {
        double d = ((b - a) % 360 + 540) % 360 - 180;
        return a + d * t;
    }
}
