package org.backclass.ui.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.text.Text;

/** Walks a scene graph (controls' skins included). Call on the FX thread. */
public final class SceneGraph {

    private SceneGraph() {
    }

    public static void walk(Node node, boolean visibleOnly, Consumer<Node> visitor) {
        if (visibleOnly && !node.isVisible()) {
            return;
        }
        visitor.accept(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                walk(child, visibleOnly, visitor);
            }
        }
    }

    /** Every piece of text in the graph, shown or hidden. */
    public static List<String> allTexts(Node root) {
        List<String> texts = new ArrayList<>();
        walk(root, false, node -> {
            if (node instanceof Labeled l) {
                texts.add(l.getText());
            } else if (node instanceof Text t) {
                texts.add(t.getText());
            } else if (node instanceof TextInputControl input) {
                texts.add(input.getText());
            }
            if (node.getAccessibleText() != null) {
                texts.add(node.getAccessibleText());
            }
        });
        return texts;
    }
}
