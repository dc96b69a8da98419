package org.backclass.ui.mine;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backclass.ui.mine.MyProgressPage.CalendarDay;
import org.backclass.ui.mine.MyProgressPage.LevelLine;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * The member's own progress screen, built in code: the change in plain words, the pain chart, the
 * course calendar and the exercise levels, with "Done" at the top. Only binds to
 * {@link MyProgressViewModel} and rebuilds its parts when the page changes, so a cleared
 * ViewModel leaves nothing personal in the nodes. Create and use on the FX thread.
 */
public final class MyProgressView {

    private final MyProgressViewModel vm;
    private final Messages messages;
    private final VBox root = new VBox();
    private final Label name = new Label();
    private final Button done = new Button();
    private final Label status = new Label();
    private final VBox content = new VBox();
    private final Label change = new Label();
    private final PainChart chart;
    private final VBox chartBox = new VBox();
    private final Label sessionsLine = new Label();
    private final GridPane calendar = new GridPane();
    private final FlowPane levels = new FlowPane();

    /** @param onDone what "Done" does (back to idle) */
    public MyProgressView(MyProgressViewModel vm, Messages messages, Runnable onDone) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.chart = new PainChart(messages);
        Objects.requireNonNull(onDone, "onDone");
        done.setOnAction(e -> onDone.run());
        layoutComponents();
        setupBindings();
    }

    public Parent node() {
        return root;
    }

    private void layoutComponents() {
        root.setId("my-progress-screen");
        root.getStyleClass().addAll("screen", "my-progress-screen");
        Label title = styled(new Label(messages.get(MessageKey.MINE_TITLE)), "my-progress-title");
        styled(name, "my-progress-name").setId("my-progress-name");
        done.setText(messages.get(MessageKey.NOTICE_DONE));
        done.setId("my-progress-done");
        done.getStyleClass().add("done-button");
        done.setFocusTraversable(false); // keyboard-style card readers end with Enter
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox top = new HBox(title, name, gap, done);
        top.getStyleClass().add("my-progress-top");
        top.setAlignment(Pos.CENTER_LEFT);

        styled(status, "my-progress-status").setId("my-progress-status");
        status.setWrapText(true);
        styled(change, "my-progress-change").setId("my-progress-change");
        change.setWrapText(true);
        change.setMinHeight(Region.USE_PREF_SIZE);

        Label painTitle = styled(new Label(messages.get(MessageKey.MINE_PAIN_TITLE)), "my-progress-caption");
        chartBox.getChildren().setAll(painTitle, chart.node());
        chartBox.getStyleClass().add("my-progress-box");
        VBox.setVgrow(chart.node(), Priority.ALWAYS);
        HBox.setHgrow(chartBox, Priority.ALWAYS);
        styled(sessionsLine, "my-progress-caption").setId("my-progress-sessions");
        calendar.setId("my-progress-calendar");
        calendar.getStyleClass().add("my-progress-calendar");
        VBox calendarBox = new VBox(sessionsLine, calendar);
        calendarBox.getStyleClass().add("my-progress-box");
        calendarBox.setMinWidth(Region.USE_PREF_SIZE);
        HBox middle = new HBox(chartBox, calendarBox);
        middle.getStyleClass().add("my-progress-middle");
        VBox.setVgrow(middle, Priority.ALWAYS);

        Label levelsTitle = styled(new Label(messages.get(MessageKey.MINE_LEVELS_TITLE)), "my-progress-caption");
        levels.setId("my-progress-levels");
        levels.getStyleClass().add("my-progress-levels");
        VBox levelsBox = new VBox(levelsTitle, levels);
        levelsBox.getStyleClass().add("my-progress-box");

        content.setId("my-progress-content");
        content.getStyleClass().add("my-progress-content");
        content.getChildren().setAll(change, middle, levelsBox);
        VBox.setVgrow(content, Priority.ALWAYS);
        root.getChildren().setAll(top, status, content);
    }

    private void setupBindings() {
        name.textProperty().bind(vm.nameProperty());
        status.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> switch (vm.stateProperty()
                .get()) {
            case LOADING -> messages.get(MessageKey.MINE_LOADING);
            case FAILED -> messages.get(MessageKey.MINE_FAILED);
            case EMPTY, READY -> "";
        }, vm.stateProperty()));
        status.visibleProperty().bind(status.textProperty().isNotEmpty());
        status.managedProperty().bind(status.visibleProperty());
        content.visibleProperty().bind(vm.pageProperty().isNotNull());
        content.managedProperty().bind(content.visibleProperty());
        chartBox.managedProperty().bind(chartBox.visibleProperty());
        vm.pageProperty().addListener((obs, was, now) -> show(now));
        show(vm.pageProperty().get());
    }

    private void show(MyProgressPage page) {
        change.setText(page == null ? "" : page.changeSentence());
        chart.show(page == null ? 0 : page.sessions(), page == null ? List.of() : page.pain());
        chartBox.setVisible(page != null && !page.pain().isEmpty());
        sessionsLine.setText(page == null ? "" : page.sessionsLine());
        calendar.getChildren().clear();
        levels.getChildren().clear();
        if (page == null) {
            return;
        }
        for (int d = 0; d < page.weekdays().size(); d++) {
            calendar.add(styled(new Label(page.weekdays().get(d)), "cal-head"), d, 0);
        }
        for (int w = 0; w < page.weeks().size(); w++) {
            List<CalendarDay> days = page.weeks().get(w).days();
            for (int d = 0; d < days.size(); d++) {
                CalendarDay day = days.get(d);
                Label cell = styled(new Label(day.text()), "cal-day");
                cell.getStyleClass().add("cal-" + day.mark().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                calendar.add(cell, d, w + 1);
            }
        }
        if (page.levels().isEmpty()) {
            levels.getChildren().add(styled(new Label(page.levelsNote()), "my-level-note"));
        }
        for (LevelLine line : page.levels()) {
            HBox chip = new HBox(styled(new Label(line.name()), "my-level-name"),
                    styled(new Label(line.text()), "my-level-value"));
            chip.setId("level-" + line.exerciseId());
            chip.getStyleClass().add("my-level");
            levels.getChildren().add(chip);
        }
    }

    private static Label styled(Label label, String styleClass) {
        label.getStyleClass().add(styleClass);
        return label;
    }
}
