package org.backclass.ui.instructor;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * The PIN pad screen: dots for the typed digits, 0–9, clear, OK and cancel (every button at
 * least 64 px, from the theme), and the outcome of the last try. Only binds to
 * {@link PinPadViewModel}. Create and use on the FX thread.
 */
public final class PinPadView {

    private final VBox root = new VBox();

    public PinPadView(PinPadViewModel vm, Messages messages, Runnable onCancel) {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(onCancel, "onCancel");
        root.setId("pin-screen");
        root.getStyleClass().addAll("screen", "pin-screen");
        root.setAlignment(Pos.CENTER);
        root.setSpacing(12);

        Label title = new Label(messages.get(MessageKey.PIN_TITLE));
        title.getStyleClass().add("section-title");
        Label dots = new Label();
        dots.setId("pin-dots");
        dots.getStyleClass().add("pin-dots");
        dots.textProperty().bind(vm.dotsProperty());
        Label message = new Label();
        message.setId("pin-message");
        message.getStyleClass().add("pin-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        GridPane pad = new GridPane();
        pad.getStyleClass().add("pin-pad");
        pad.setHgap(8);
        pad.setVgap(8);
        pad.setAlignment(Pos.CENTER);
        for (int d = 1; d <= 9; d++) {
            pad.add(digit(vm, d), (d - 1) % 3, (d - 1) / 3);
        }
        Button clear = button("pin-clear", messages.get(MessageKey.PIN_CLEAR));
        clear.setOnAction(e -> vm.clearDigits());
        Button ok = button("pin-ok", messages.get(MessageKey.PIN_OK));
        ok.setOnAction(e -> vm.ok());
        ok.disableProperty().bind(vm.checkingProperty());
        pad.add(clear, 0, 3);
        pad.add(digit(vm, 0), 1, 3);
        pad.add(ok, 2, 3);
        Button cancel = button("pin-cancel", messages.get(MessageKey.PIN_CANCEL));
        cancel.setOnAction(e -> onCancel.run());

        root.getChildren().setAll(title, dots, pad, message, cancel);
    }

    public Parent node() {
        return root;
    }

    private static Button digit(PinPadViewModel vm, int d) {
        Button b = button("pin-" + d, Integer.toString(d));
        b.getStyleClass().add("pin-digit");
        b.setOnAction(e -> vm.digit(d));
        return b;
    }

    private static Button button(String id, String text) {
        Button b = new Button(text);
        b.setId(id);
        b.setMinSize(64, 64);
        b.setFocusTraversable(false);
        return b;
    }
}
