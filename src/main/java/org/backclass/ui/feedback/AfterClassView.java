package org.backclass.ui.feedback;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backclass.ui.feedback.AfterClassViewModel.State;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * The after-class screen: what to do in words, and while a member answers their name with two
 * rows of 0–10 (back now, effort). "Done" ends it for the instructor. Binds to
 * {@link AfterClassViewModel} only; FX thread.
 */
public final class AfterClassView {

    private final VBox root = new VBox();

    /** @param onDone back to the idle screen */
    public AfterClassView(AfterClassViewModel vm, Messages messages, Runnable onDone) {
        Objects.requireNonNull(vm, "vm");
        root.setId("after-class-screen");
        root.getStyleClass().addAll("screen", "welcome-screen");
        root.setAlignment(Pos.CENTER);
        Label title = new Label(messages.get(MessageKey.AFTER_TITLE));
        title.getStyleClass().add("section-title");
        Label name = new Label();
        name.setId("after-name");
        name.getStyleClass().add("welcome-name");
        name.textProperty().bind(vm.nameProperty());
        Label message = new Label();
        message.setId("after-message");
        message.getStyleClass().add("pain-question");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        VBox scales = new VBox(
                new Label(messages.get(MessageKey.AFTER_PAIN)), row("after-pain", vm.painNowProperty(), vm::choosePain),
                new Label(messages.get(MessageKey.AFTER_EFFORT)),
                row("after-effort", vm.effortProperty(), vm::chooseEffort));
        scales.getStyleClass().add("pain-asking");
        scales.visibleProperty().bind(vm.stateProperty().isEqualTo(State.ASKING)
                .or(vm.stateProperty().isEqualTo(State.CONFIRM)));
        scales.managedProperty().bind(scales.visibleProperty());
        Button done = new Button(messages.get(MessageKey.AFTER_DONE));
        done.setId("after-done");
        done.getStyleClass().add("skip-button");
        done.setFocusTraversable(false);
        done.setOnAction(e -> onDone.run());
        root.getChildren().setAll(title, name, message, scales, done);
    }

    public Parent node() {
        return root;
    }

    /** 0–10 as buttons; the chosen one marked. */
    private static HBox row(String id, ReadOnlyIntegerProperty chosen, IntConsumer choose) {
        List<Button> buttons = new ArrayList<>();
        for (int score = 0; score <= 10; score++) {
            int value = score;
            Button b = new Button(Integer.toString(score));
            b.setId(id + "-" + score);
            b.getStyleClass().add("pain-button");
            b.setFocusTraversable(false);
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            b.setOnAction(e -> choose.accept(value));
            buttons.add(b);
        }
        chosen.addListener((obs, was, now) -> {
            for (int i = 0; i < buttons.size(); i++) {
                buttons.get(i).getStyleClass().remove("selected");
                if (i == now.intValue()) {
                    buttons.get(i).getStyleClass().add("selected");
                }
            }
        });
        HBox row = new HBox();
        row.getStyleClass().add("pain-row");
        row.getChildren().setAll(buttons);
        return row;
    }
}
