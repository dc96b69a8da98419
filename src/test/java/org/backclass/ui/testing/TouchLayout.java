package org.backclass.ui.testing;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;

/**
 * Checks a laid-out scene the way a member's finger and eye meet it: every visible button at
 * least 64 × 64 px, every visible button and text inside the scene. Call on the FX thread.
 */
public final class TouchLayout {

    public static final double MIN_TOUCH_PX = 64;
    private static final double TOLERANCE_PX = 0.5;

    /** What was found: the visible buttons, and each problem in words. */
    public record Report(int buttons, List<String> problems) {
    }

    private TouchLayout() {
    }

    public static Report check(Scene scene) {
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        List<String> problems = new ArrayList<>();
        int[] buttons = {0};
        SceneGraph.walk(scene.getRoot(), true, node -> {
            if (node instanceof Button button) {
                buttons[0]++;
                if (button.getWidth() < MIN_TOUCH_PX || button.getHeight() < MIN_TOUCH_PX) {
                    problems.add(describe(node) + " is " + button.getWidth() + "x" + button.getHeight());
                }
            }
            if (node instanceof Labeled && !inside(node, scene)) {
                problems.add(describe(node) + " reaches outside the scene: " + sceneBounds(node));
            }
        });
        return new Report(buttons[0], problems);
    }

    private static boolean inside(Node node, Scene scene) {
        Bounds b = sceneBounds(node);
        return b.getMinX() >= -TOLERANCE_PX && b.getMinY() >= -TOLERANCE_PX
                && b.getMaxX() <= scene.getWidth() + TOLERANCE_PX && b.getMaxY() <= scene.getHeight() + TOLERANCE_PX;
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getLayoutBounds());
    }

    private static String describe(Node node) {
        String text = node instanceof Labeled l ? " '" + l.getText() + "'" : "";
        return node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()) + text;
    }
}
