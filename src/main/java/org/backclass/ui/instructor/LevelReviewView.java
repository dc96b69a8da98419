package org.backclass.ui.instructor;

import java.util.List;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * The "Review levels" screen: one row per proposal (who, exercise, from → to, why) with Confirm,
 * Change and Reject; Change shows the exercise's levels to pick from. Only binds to
 * {@link LevelReviewViewModel}. Create and use on the FX thread.
 */
public final class LevelReviewView {

    private final LevelReviewViewModel vm;
    private final Messages messages;
    private final BorderPane root = new BorderPane();
    private final VBox rows = new VBox(10);
    private final Label message = new Label();
    private final Button confirmHolds;

    /** @param onBack back to today's classes */
    public LevelReviewView(LevelReviewViewModel vm, Messages messages, Runnable onBack) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.messages = Objects.requireNonNull(messages, "messages");
        root.setId("review-screen");
        root.getStyleClass().addAll("screen", "review-screen");
        Label title = new Label();
        title.setId("review-title");
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        title.textProperty().bind(vm.titleProperty());
        HBox.setHgrow(title, Priority.ALWAYS);
        confirmHolds = button("review-confirm-holds", MessageKey.REVIEW_CONFIRM_HOLDS, vm::confirmAllHolds);
        confirmHolds.managedProperty().bind(confirmHolds.visibleProperty());
        Button back = button("review-back", MessageKey.REVIEW_BACK, onBack);
        HBox top = new HBox(12, title, confirmHolds, back);
        top.setAlignment(Pos.CENTER_LEFT);
        message.setId("review-message");
        message.getStyleClass().add("review-message");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());
        message.visibleProperty().bind(message.textProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        rows.setId("review-rows");
        ScrollPane scroll = new ScrollPane(new VBox(12, message, rows));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("instructor-scroll");
        root.setTop(top);
        root.setCenter(scroll);
        vm.rowsProperty().addListener((ListChangeListener<ReviewRow>) this::rowsChanged);
        showAll();
    }

    public Parent node() {
        return root;
    }

    /** A decision replaces one row: only its node is rebuilt. */
    private void rowsChanged(ListChangeListener.Change<? extends ReviewRow> change) {
        boolean onlyReplaced = true;
        while (change.next()) {
            if (change.wasReplaced() && change.getRemovedSize() == change.getAddedSize()) {
                for (int i = change.getFrom(); i < change.getTo(); i++) {
                    rows.getChildren().set(i, row(vm.rowsProperty(), i));
                }
            } else {
                onlyReplaced = false;
            }
        }
        if (!onlyReplaced) {
            showAll();
        }
        showConfirmHolds();
    }

    private void showAll() {
        List<ReviewRow> all = vm.rowsProperty();
        rows.getChildren().setAll(java.util.stream.IntStream.range(0, all.size()).mapToObj(i -> row(all, i)).toList());
        showConfirmHolds();
    }

    private void showConfirmHolds() {
        confirmHolds.setVisible(vm.rowsProperty().stream().anyMatch(r -> r.decidable() && r.hold()));
    }

    private Node row(List<ReviewRow> all, int index) {
        ReviewRow row = all.get(index);
        String id = row.proposal().memberId() + "-" + row.proposal().exerciseId();
        boolean firstOfMember = index == 0
                || !all.get(index - 1).proposal().memberId().equals(row.proposal().memberId());
        // Every row names its member, so a tap is never on the wrong person; repeats are quieter.
        Label who = new Label(row.shortName());
        who.getStyleClass().add(firstOfMember ? "review-name" : "review-name-again");
        Label exercise = new Label(row.exercise());
        exercise.getStyleClass().add("review-exercise");
        Label levels = new Label(row.change());
        levels.getStyleClass().addAll("review-change", "review-" + row.proposal().proposal().kind().name()
                .toLowerCase(java.util.Locale.ROOT));
        HBox head = new HBox(16, who, exercise, levels);
        head.setAlignment(Pos.BASELINE_LEFT);
        Label reason = new Label(row.reason());
        reason.getStyleClass().add("review-reason");
        reason.setWrapText(true);
        reason.setMinWidth(160);
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.setMaxWidth(Double.MAX_VALUE);
        HBox line = new HBox(12, reason, actions(row, id));
        line.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(4, head, line);
        box.setId("review-row-" + id);
        box.getStyleClass().add("review-row");
        return box;
    }

    private Node actions(ReviewRow row, String id) {
        return switch (row.status()) {
            case OPEN -> new HBox(8,
                    button("review-confirm-" + id, MessageKey.REVIEW_CONFIRM, () -> vm.confirm(row)),
                    button("review-change-" + id, MessageKey.REVIEW_CHANGE, () -> vm.chooseLevel(row)),
                    button("review-reject-" + id, MessageKey.REVIEW_REJECT, () -> vm.reject(row)));
            case CHOOSING_LEVEL -> {
                FlowPane choose = new FlowPane(8, 8);
                choose.setAlignment(Pos.CENTER_RIGHT);
                for (int level : row.levels()) {
                    Button b = new Button(messages.format(MessageKey.REVIEW_LEVEL_BUTTON, level));
                    b.setId("review-level-" + id + "-" + level);
                    b.setMinSize(64, 64);
                    b.setFocusTraversable(false);
                    b.getStyleClass().add(level == row.proposal().proposal().toLevel() ? "review-level-proposed"
                            : "review-level");
                    b.setOnAction(e -> vm.change(row, level));
                    choose.getChildren().add(b);
                }
                choose.getChildren().add(button("review-cancel-" + id, MessageKey.REVIEW_CANCEL,
                        () -> vm.chooseLevel(row)));
                yield choose;
            }
            default -> {
                Label outcome = new Label(row.outcome());
                outcome.setId("review-outcome-" + id);
                outcome.getStyleClass().add("review-outcome");
                outcome.setMinWidth(Region.USE_PREF_SIZE);
                yield outcome;
            }
        };
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
