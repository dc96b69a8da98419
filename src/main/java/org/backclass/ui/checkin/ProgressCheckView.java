package org.backclass.ui.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backclass.domain.progress.outcome.OutcomeAnswer;
import org.backclass.ui.checkin.ProgressCheckViewModel.Step;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;
import org.backclass.ui.support.OnScreenKeyboard;

/**
 * The progress check inside the welcome screen, built in code: one 0–10 row for pain, the
 * activity buttons (and the keyboard for "Something else"), one 0–10 row per activity, and
 * "Not now" always at hand. Only binds to {@link ProgressCheckViewModel} and forwards taps.
 * Create and use on the FX thread.
 */
final class ProgressCheckView {

    /** Activity buttons per row: three rows hold the common ones, "Something else" and two typed ones. */
    private static final int COLUMNS = 5;

    private final ProgressCheckViewModel vm;
    private final ActivityPicker picker;
    private final Messages messages;
    private final VBox root = new VBox();
    private final GridPane grid = new GridPane();
    private final List<Button> painButtons = new ArrayList<>();

    ProgressCheckView(ProgressCheckViewModel vm, Messages messages) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.picker = vm.picker();
        this.messages = Objects.requireNonNull(messages, "messages");
        root.setId("progress-check");
        root.getStyleClass().addAll("pain-asking", "progress-check");
        root.setAlignment(Pos.TOP_CENTER);
        Label title = new Label(messages.get(MessageKey.OUTCOME_TITLE));
        title.getStyleClass().add("progress-title");
        StackPane steps = new StackPane(painStep(), chooseStep(), typingStep(), rateStep());
        VBox.setVgrow(steps, Priority.ALWAYS);
        root.getChildren().setAll(title, steps, actions());
        root.disableProperty().bind(vm.stepProperty().isEqualTo(Step.SAVING));
    }

    Node node() {
        return root;
    }

    private VBox painStep() {
        HBox row = scoreRow("progress-pain-", vm::answerPain, painButtons);
        vm.painProperty().addListener((obs, was, now) -> markSelected(painButtons, now.intValue()));
        VBox box = step(question(MessageKey.OUTCOME_PAIN), row, anchors(MessageKey.PAIN_LOW, MessageKey.PAIN_HIGH));
        box.visibleProperty().bind(vm.stepProperty().isEqualTo(Step.PAIN));
        return box;
    }

    private VBox chooseStep() {
        grid.setId("progress-activities");
        grid.getStyleClass().add("activity-grid");
        for (int i = 0; i < COLUMNS; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(100.0 / COLUMNS);
            grid.getColumnConstraints().add(c);
        }
        // Every choice, un-choice and typed activity changes the list: the grid follows it.
        picker.choices().addListener((ListChangeListener<ActivityPicker.Choice>) c -> fillGrid());
        VBox box = step(question(MessageKey.OUTCOME_CHOOSE), grid);
        box.visibleProperty().bind(vm.stepProperty().isEqualTo(Step.CHOOSE).and(picker.typingProperty().not()));
        return box;
    }

    /** The activity buttons, then "Something else" while fewer than three are chosen. */
    private void fillGrid() {
        grid.getChildren().clear();
        List<ActivityPicker.Choice> choices = picker.choices();
        for (int i = 0; i < choices.size(); i++) {
            int index = i;
            Button b = touchButton("activity-" + i, choices.get(i).label(), "activity-button", () -> picker.toggle(index));
            b.setMaxWidth(Double.MAX_VALUE);
            b.setWrapText(true);
            if (choices.get(i).chosen()) {
                b.getStyleClass().add("selected");
            }
            grid.add(b, i % COLUMNS, i / COLUMNS);
        }
        if (picker.canType()) {
            int at = choices.size();
            Button other = touchButton("activity-other", messages.get(MessageKey.OUTCOME_SOMETHING_ELSE),
                    "activity-button", picker::startTyping);
            other.setMaxWidth(Double.MAX_VALUE);
            other.setWrapText(true);
            other.getStyleClass().add("activity-other");
            grid.add(other, at % COLUMNS, at / COLUMNS);
        }
    }

    private VBox typingStep() {
        Label prompt = new Label(messages.get(MessageKey.OUTCOME_TYPE));
        prompt.getStyleClass().add("pain-anchor");
        Label typed = new Label();
        typed.setId("activity-typed");
        typed.getStyleClass().add("activity-typed");
        typed.textProperty().bind(picker.typedProperty().concat("▏"));
        HBox line = new HBox(prompt, typed);
        line.getStyleClass().add("pain-anchors");
        line.setAlignment(Pos.BASELINE_LEFT);
        Node keyboard = OnScreenKeyboard.letters(picker::type, picker::backspace,
                messages.get(MessageKey.OUTCOME_SPACE)).node();
        VBox box = step(line, keyboard);
        box.visibleProperty().bind(vm.stepProperty().isEqualTo(Step.CHOOSE).and(picker.typingProperty()));
        return box;
    }

    private VBox rateStep() {
        Label same = new Label(messages.get(MessageKey.OUTCOME_SAME));
        same.getStyleClass().add("pain-anchor");
        same.visibleProperty().bind(vm.reratingProperty());
        same.managedProperty().bind(same.visibleProperty());
        HBox named = new HBox();
        named.setId("progress-activity-names");
        named.getStyleClass().add("activity-names");
        named.setAlignment(Pos.CENTER);
        Runnable showNames = () -> {
            named.getChildren().clear();
            for (int i = 0; i < vm.activities().size(); i++) {
                Label l = new Label(vm.activities().get(i));
                l.getStyleClass().add(i == vm.ratingProperty().get() ? "activity-current" : "activity-name");
                named.getChildren().add(l);
            }
        };
        vm.activities().addListener((ListChangeListener<String>) c -> showNames.run());
        vm.ratingProperty().addListener((obs, was, now) -> showNames.run());
        Label activity = new Label();
        activity.setId("progress-activity");
        activity.getStyleClass().add("pain-question");
        activity.setWrapText(true);
        activity.textProperty().bind(Bindings.createStringBinding(() -> vm.activities().isEmpty() ? ""
                : messages.get(MessageKey.OUTCOME_RATE) + " " + vm.activities().get(vm.ratingProperty().get()),
                vm.activities(), vm.ratingProperty()));
        VBox box = step(same, named, activity, scoreRow("progress-rate-", vm::answerActivity, new ArrayList<>()),
                anchors(MessageKey.OUTCOME_UNABLE, MessageKey.OUTCOME_ABLE));
        box.visibleProperty().bind(vm.stepProperty().isEqualTo(Step.RATE).or(vm.stepProperty().isEqualTo(Step.SAVING)));
        return box;
    }

    /** "Not now" always; "Next" once three are chosen; "Back" and "Add" at the keyboard. */
    private HBox actions() {
        Button notNow = touchButton("progress-not-now", messages.get(MessageKey.OUTCOME_NOT_NOW), "skip-button",
                vm::notNow);
        Label count = new Label();
        count.getStyleClass().add("pain-anchor");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> messages.format(MessageKey.OUTCOME_CHOSEN, picker.chosenCountProperty().get()),
                picker.chosenCountProperty()));
        Button next = touchButton("activities-next", messages.get(MessageKey.OUTCOME_NEXT), "done-button", vm::next);
        next.disableProperty().bind(picker.chosenCountProperty().lessThan(OutcomeAnswer.ACTIVITIES));
        Button back = touchButton("activity-back", messages.get(MessageKey.OUTCOME_BACK), "skip-button",
                picker::cancelTyping);
        Button add = touchButton("activity-add", messages.get(MessageKey.OUTCOME_ADD), "done-button",
                picker::addTyped);
        add.disableProperty().bind(picker.canAddProperty().not());
        BooleanBinding choosing = vm.stepProperty().isEqualTo(Step.CHOOSE);
        showWhen(choosing.and(picker.typingProperty().not()), count, next);
        showWhen(choosing.and(picker.typingProperty()), back, add);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(notNow, gap, count, next, back, add);
        row.getStyleClass().add("welcome-actions");
        row.setAlignment(Pos.CENTER);
        return row;
    }

    private static void showWhen(BooleanBinding when, Node... nodes) {
        for (Node n : nodes) {
            n.visibleProperty().bind(when);
            n.managedProperty().bind(when);
        }
    }

    private VBox step(Node... children) {
        VBox box = new VBox(children);
        box.getStyleClass().add("pain-asking");
        box.setAlignment(Pos.TOP_CENTER);
        return box;
    }

    private Label question(MessageKey key) {
        Label q = new Label(messages.get(key));
        q.getStyleClass().add("pain-question");
        q.setWrapText(true);
        return q;
    }

    private HBox anchors(MessageKey low, MessageKey high) {
        Label l = new Label(messages.get(low));
        l.getStyleClass().add("pain-anchor");
        Label h = new Label(messages.get(high));
        h.getStyleClass().add("pain-anchor");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox row = new HBox(l, gap, h);
        row.getStyleClass().add("pain-anchors");
        return row;
    }

    private HBox scoreRow(String idPrefix, IntConsumer onScore, List<Button> into) {
        HBox row = new HBox();
        row.getStyleClass().add("pain-row");
        for (int score = 0; score <= 10; score++) {
            int chosen = score;
            Button b = touchButton(idPrefix + score, String.valueOf(score), "pain-button", () -> onScore.accept(chosen));
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
            into.add(b);
            row.getChildren().add(b);
        }
        return row;
    }

    private static void markSelected(List<Button> buttons, int score) {
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).getStyleClass().remove("selected");
            if (i == score) {
                buttons.get(i).getStyleClass().add("selected");
            }
        }
    }

    /** Card readers that type like keyboards end with Enter: no button may hold the focus. */
    private static Button touchButton(String id, String text, String styleClass, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(styleClass);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }
}
