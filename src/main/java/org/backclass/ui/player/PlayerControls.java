package org.backclass.ui.player;

import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * The instructor's row under the player: previous, start/pause/resume, skip, +30 s and end,
 * and above them a one-line notice when demo videos could not be shown (the full list is on
 * the instructor's home screen). Binds to the {@link PlayerViewModel}; FX thread only.
 */
final class PlayerControls {

    private final Button previous = button("player-previous");
    private final Button toggle = button("player-toggle");
    private final Button next = button("player-skip");
    private final Button extend = button("player-extend");
    private final Button end = button("player-end");
    private final Label mediaNotice = new Label();
    private final VBox root;

    PlayerControls(PlayerViewModel vm, Messages messages, MediaProblems problems) {
        previous.setText(messages.get(MessageKey.PLAYER_PREVIOUS));
        next.setText(messages.get(MessageKey.PLAYER_SKIP));
        extend.setText(messages.get(MessageKey.PLAYER_EXTEND));
        end.setText(messages.get(MessageKey.PLAYER_END));
        HBox buttons = new HBox(previous, toggle, next, extend, end);
        buttons.setId("player-controls");
        buttons.getStyleClass().add("player-controls");
        for (Node b : buttons.getChildren()) {
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        mediaNotice.setId("player-media-notice");
        mediaNotice.getStyleClass().add("player-media-notice");
        mediaNotice.managedProperty().bind(mediaNotice.visibleProperty());
        root = new VBox(mediaNotice, buttons);

        toggle.textProperty().bind(vm.toggleTextProperty());
        var notInClass = Bindings.createBooleanBinding(() -> switch (vm.stateProperty().get()) {
            case RUNNING, PAUSED -> false;
            default -> true;
        }, vm.stateProperty());
        for (Button b : new Button[] {previous, next, extend, end}) {
            b.disableProperty().bind(notInClass);
        }
        toggle.disableProperty().bind(vm.stateProperty().isEqualTo(PlayerState.FINISHED));
        previous.setOnAction(e -> vm.previous());
        toggle.setOnAction(e -> vm.togglePause());
        next.setOnAction(e -> vm.next());
        extend.setOnAction(e -> vm.addThirtySeconds());
        end.setOnAction(e -> vm.endEarly());

        problems.problemsProperty().addListener((ListChangeListener<MediaProblem>) c ->
                showNotice(messages, problems.problemsProperty().size()));
        showNotice(messages, problems.problemsProperty().size());
    }

    Node node() {
        return root;
    }

    private void showNotice(Messages messages, int count) {
        mediaNotice.setText(count == 0 ? "" : messages.format(MessageKey.MEDIA_NOTICE, count));
        mediaNotice.setVisible(count > 0);
    }

    private static Button button(String id) {
        Button b = new Button();
        b.setId(id);
        b.getStyleClass().add("player-button");
        b.setFocusTraversable(false);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
