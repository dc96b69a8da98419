package org.backclass.ui;

/**
 * The root font size for a scene size. All CSS sizes are in em, so the whole layout scales
 * with this one number from 800 × 480 to 1920 × 1080. Height usually decides; on screens
 * that are narrow for their height, width does, so the eleven pain buttons still fit.
 */
public final class FontScale {

    static final double MIN_PX = 12;
    static final double MAX_PX = 64;

    private FontScale() {
    }

    public static double rootFontPx(double sceneWidth, double sceneHeight) {
        double size = Math.min(sceneHeight / 28.0, sceneWidth / 48.0);
        return Math.max(MIN_PX, Math.min(MAX_PX, size));
    }
}
