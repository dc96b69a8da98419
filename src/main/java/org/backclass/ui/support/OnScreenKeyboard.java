package org.backclass.ui.support;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * A touch keyboard for names and member numbers: digits, letters (German umlauts included), a
 * hyphen, space and backspace. Keys never take the focus, so a keyboard-style card reader's
 * Enter cannot press one. Key ids are {@code key-<character>}, {@code key-space},
 * {@code key-backspace}. FX thread only.
 */
public final class OnScreenKeyboard {

    static final List<String> ROWS = List.of("1234567890", "QWERTZUIOPÜ", "ASDFGHJKLÖÄ", "YXCVBNM-");
    /** {@link #letters}: no digits, and space and backspace at the end of the last row. */
    static final List<String> LETTER_ROWS = ROWS.subList(1, ROWS.size());

    private final VBox root = new VBox();

    /**
     * @param onKey       told each typed character (letters as capitals)
     * @param onBackspace told when the last character should go
     */
    public OnScreenKeyboard(Consumer<String> onKey, Runnable onBackspace, String spaceLabel) {
        this(ROWS, false, onKey, onBackspace, spaceLabel);
    }

    /** Letters only, in three rows: for words on screens where height is scarce (member screens). */
    public static OnScreenKeyboard letters(Consumer<String> onKey, Runnable onBackspace, String spaceLabel) {
        return new OnScreenKeyboard(LETTER_ROWS, true, onKey, onBackspace, spaceLabel);
    }

    private OnScreenKeyboard(List<String> rows, boolean spaceInLastRow, Consumer<String> onKey, Runnable onBackspace,
            String spaceLabel) {
        Objects.requireNonNull(onKey, "onKey");
        Objects.requireNonNull(onBackspace, "onBackspace");
        root.getStyleClass().add("osk");
        HBox lastRow = null;
        for (String row : rows) {
            HBox keys = new HBox();
            keys.getStyleClass().add("osk-row");
            keys.setAlignment(Pos.CENTER);
            row.codePoints().mapToObj(Character::toString).forEach(ch -> keys.getChildren().add(
                    key("key-" + ch, ch, () -> onKey.accept(ch))));
            root.getChildren().add(keys);
            lastRow = keys;
        }
        Button space = key("key-space", spaceLabel, () -> onKey.accept(" "));
        HBox.setHgrow(space, Priority.ALWAYS);
        space.setMaxWidth(Double.MAX_VALUE);
        Button backspace = key("key-backspace", "⌫", onBackspace);
        if (spaceInLastRow) {
            lastRow.getChildren().addAll(space, backspace);
            return;
        }
        HBox last = new HBox(space, backspace);
        last.getStyleClass().add("osk-row");
        root.getChildren().add(last);
    }

    public Node node() {
        return root;
    }

    private static Button key(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("osk-key");
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
