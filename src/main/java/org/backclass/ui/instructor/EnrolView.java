package org.backclass.ui.instructor;

import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.backclass.ui.instructor.EnrolViewModel.State;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;
import org.backclass.ui.support.OnScreenKeyboard;

/**
 * The card enrolment screen: what to do next in words, the on-screen keyboard and the matching
 * members while choosing, and the buttons each step needs. Only binds to {@link EnrolViewModel}.
 * Create and use on the FX thread.
 */
public final class EnrolView {

    private final EnrolViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox();
    private final Label query = new Label();
    private final VBox results = new VBox();
    private final HBox choosing;
    private final HBox actions = new HBox();
    private final Button revoke;
    private final Button ok;
    private final Button back;
    private final Button again;
    private final Button close;

    /** @param onClose back to the instructor's home screen */
    public EnrolView(EnrolViewModel vm, Messages messages, Runnable onClose) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.messages = Objects.requireNonNull(messages, "messages");
        root.setId("enrol-screen");
        root.getStyleClass().addAll("screen", "enrol-screen");
        Label title = new Label(messages.get(MessageKey.ENROL_TITLE));
        title.getStyleClass().add("section-title");
        Label message = new Label();
        message.setId("enrol-message");
        message.getStyleClass().add("enrol-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        query.setId("enrol-query");
        query.getStyleClass().add("enrol-query");
        query.textProperty().bind(vm.queryProperty().concat("▏"));
        results.setId("enrol-results");
        results.getStyleClass().add("enrol-results");
        OnScreenKeyboard keyboard = new OnScreenKeyboard(vm::type, vm::backspace, " ");
        VBox left = new VBox(query, keyboard.node());
        left.getStyleClass().add("enrol-keyboard");
        HBox.setHgrow(results, Priority.ALWAYS);
        choosing = new HBox(left, results);
        choosing.getStyleClass().add("enrol-choosing");

        revoke = button("enrol-revoke", MessageKey.ENROL_REVOKE, vm::revoke);
        ok = button("enrol-ok", MessageKey.ENROL_OK, vm::confirm);
        back = button("enrol-back", MessageKey.ENROL_BACK, vm::back);
        again = button("enrol-again", MessageKey.ENROL_AGAIN, vm::start);
        close = button("enrol-close", MessageKey.INSTRUCTOR_CLOSE, onClose);
        actions.getStyleClass().add("enrol-actions");
        actions.setAlignment(Pos.CENTER_LEFT);

        root.getChildren().setAll(title, message, choosing, actions);
        vm.stateProperty().addListener((obs, was, now) -> show(now));
        vm.resultsProperty().addListener((ListChangeListener<EnrolViewModel.Choice>) c -> showResults());
        show(vm.stateProperty().get());
    }

    public Parent node() {
        return root;
    }

    private void show(State state) {
        boolean picking = state == State.CHOOSE_MEMBER;
        choosing.setVisible(picking);
        choosing.setManaged(picking);
        actions.getChildren().setAll(switch (state) {
            case WAITING, CHOOSE_MEMBER -> new Button[] {close};
            case KNOWN_CARD -> new Button[] {revoke, again, close};
            case CONFIRM -> new Button[] {ok, back};
            case SAVING -> new Button[] {};
            case DONE, FAILED, UNREADABLE -> new Button[] {again, close};
        });
    }

    private void showResults() {
        results.getChildren().clear();
        if (vm.resultsProperty().isEmpty() && !vm.queryProperty().get().isBlank()) {
            results.getChildren().add(new Label(messages.get(MessageKey.ENROL_NO_MATCH)));
        }
        for (EnrolViewModel.Choice choice : vm.resultsProperty()) {
            Button b = new Button(choice.label());
            b.setId("enrol-member-" + choice.memberId());
            b.getStyleClass().add("enrol-member");
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            b.setOnAction(e -> vm.choose(choice));
            results.getChildren().add(b);
        }
    }

    private Button button(String id, MessageKey text, Runnable action) {
        Button b = new Button(messages.get(text));
        b.setId(id);
        b.setMinSize(64, 64);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
