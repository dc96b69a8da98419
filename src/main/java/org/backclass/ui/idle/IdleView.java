package org.backclass.ui.idle;

import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * The idle screen, built in code: the clock and the "tap your card" prompt on the left, today's
 * classes on the right, a tip along the bottom. Only binds to {@link IdleViewModel}. Create and
 * use on the FX thread.
 */
public final class IdleView {

    private final IdleViewModel vm;
    private final Messages messages;

    private final BorderPane root = new BorderPane();
    private final Label clock = new Label();
    private final Label prompt = new Label();
    private final Label hint = new Label();
    private final Label classesTitle = new Label();
    private final VBox classRows = new VBox();
    private final Label classesStatus = new Label();
    private final VBox classes = new VBox();
    private final Label tip = new Label();

    private final Runnable onInstructor;

    public IdleView(IdleViewModel vm, Messages messages) {
        this(vm, messages, null);
    }

    /** @param onInstructor the discreet "Instructor" button's action; null: no button */
    public IdleView(IdleViewModel vm, Messages messages, Runnable onInstructor) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.onInstructor = onInstructor;
        initializeComponents();
        layoutComponents();
        setupBindings();
    }

    public Parent node() {
        return root;
    }

    private void initializeComponents() {
        root.setId("idle-screen");
        root.getStyleClass().addAll("screen", "idle-screen");
        clock.setId("idle-clock");
        clock.getStyleClass().add("idle-clock");
        prompt.setId("idle-prompt");
        prompt.getStyleClass().add("idle-prompt");
        prompt.setText(messages.get(MessageKey.IDLE_PROMPT));
        prompt.setWrapText(true);
        hint.getStyleClass().add("idle-hint");
        hint.setText(messages.get(MessageKey.IDLE_PROMPT_HINT));
        hint.setWrapText(true);
        classes.setId("idle-classes");
        classes.getStyleClass().add("idle-classes");
        classesTitle.getStyleClass().add("section-title");
        classesTitle.setText(messages.get(MessageKey.IDLE_CLASSES_TITLE));
        classRows.getStyleClass().add("class-rows");
        classesStatus.getStyleClass().add("classes-status");
        classesStatus.setWrapText(true);
        tip.setId("idle-tip");
        tip.getStyleClass().add("idle-tip");
        tip.setWrapText(true);
        tip.setMaxWidth(Double.MAX_VALUE);
    }

    private void layoutComponents() {
        VBox left = new VBox(clock, prompt, hint);
        left.getStyleClass().add("idle-left");
        left.setAlignment(Pos.CENTER_LEFT);
        left.setMaxHeight(Double.MAX_VALUE);
        // The class list is a card as tall as its rows, not a mostly empty column.
        classes.setMaxHeight(Region.USE_PREF_SIZE);
        classes.getChildren().setAll(classesTitle, classRows, classesStatus);

        GridPane columns = new GridPane();
        columns.getStyleClass().add("idle-columns");
        ColumnConstraints leftColumn = new ColumnConstraints();
        leftColumn.setPercentWidth(55);
        leftColumn.setHalignment(HPos.LEFT);
        ColumnConstraints rightColumn = new ColumnConstraints();
        rightColumn.setPercentWidth(45);
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setValignment(VPos.CENTER);
        columns.getColumnConstraints().addAll(leftColumn, rightColumn);
        columns.getRowConstraints().add(row);
        columns.add(left, 0, 0);
        columns.add(classes, 1, 0);

        root.setCenter(columns);
        if (onInstructor == null) {
            root.setBottom(tip);
        } else {
            javafx.scene.control.Button instructor = new javafx.scene.control.Button(
                    messages.get(MessageKey.INSTRUCTOR_BUTTON));
            instructor.setId("idle-instructor");
            instructor.getStyleClass().add("idle-instructor");
            instructor.setMinSize(64, 64);
            instructor.setMinWidth(Region.USE_PREF_SIZE);
            instructor.setFocusTraversable(false);
            instructor.setOnAction(e -> onInstructor.run());
            HBox.setHgrow(tip, Priority.ALWAYS);
            HBox bottom = new HBox(12, tip, instructor);
            bottom.setAlignment(Pos.CENTER_LEFT);
            root.setBottom(bottom);
        }
    }

    private void setupBindings() {
        clock.textProperty().bind(vm.clockTextProperty());
        tip.textProperty().bind(vm.tipProperty());
        StringBinding status = Bindings.createStringBinding(this::statusText,
                vm.classesStateProperty(), vm.classesProperty());
        classesStatus.textProperty().bind(status);
        classesStatus.visibleProperty().bind(status.isNotEmpty());
        classesStatus.managedProperty().bind(classesStatus.visibleProperty());
        vm.classesProperty().addListener((ListChangeListener<UpcomingClass>) change -> showRows());
        showRows();
    }

    private String statusText() {
        return switch (vm.classesStateProperty().get()) {
            case LOADING -> messages.get(MessageKey.IDLE_CLASSES_LOADING);
            case UNAVAILABLE -> messages.get(MessageKey.IDLE_CLASSES_UNAVAILABLE);
            case READY -> vm.classesProperty().isEmpty() ? messages.get(MessageKey.IDLE_CLASSES_NONE) : "";
        };
    }

    private void showRows() {
        classRows.getChildren().setAll(vm.classesProperty().stream().map(this::row).toList());
    }

    /** Time on the left; name with the room under it, so neither squeezes the other on small screens. */
    private HBox row(UpcomingClass upcoming) {
        Label time = new Label(upcoming.startTime());
        time.getStyleClass().add("class-time");
        time.setMinWidth(Label.USE_PREF_SIZE);
        Label name = new Label(upcoming.name());
        name.getStyleClass().add("class-name");
        Label room = new Label(upcoming.room());
        room.getStyleClass().add("class-room");
        room.setVisible(!upcoming.room().isBlank());
        room.setManaged(room.isVisible());
        VBox what = new VBox(name, room);
        what.getStyleClass().add("class-what");
        what.setMinWidth(0);
        HBox.setHgrow(what, Priority.ALWAYS);
        HBox line = new HBox(time, what);
        line.getStyleClass().add("class-row");
        if (upcoming.started()) {
            Label started = new Label(messages.get(MessageKey.IDLE_CLASS_STARTED));
            started.getStyleClass().add("class-started");
            started.setMinWidth(Label.USE_PREF_SIZE);
            line.getChildren().add(started);
            line.getStyleClass().add("started");
        }
        return line;
    }
}
