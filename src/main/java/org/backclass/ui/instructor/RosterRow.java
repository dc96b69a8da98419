package org.backclass.ui.instructor;

import java.util.List;
import java.util.UUID;
import javafx.event.Event;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.backclass.domain.checkin.RosterEntry;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * One member's line on the instructor's roster, built from the roster's ViewModels: name, pain and
 * its change, levels at a glance, adherence, flags, and when the line is tapped each exercise's
 * level. An open red flag has "Spoken with them — clear" and then one confirming step. Built anew
 * whenever the roster changes; FX thread only.
 */
final class RosterRow {

    private RosterRow() {
    }

    static Node of(InstructorViewModel vm, TodaysClass todays, RosterEntry entry, Messages messages) {
        UUID id = entry.memberId();
        RosterViewModel roster = vm.roster();
        boolean redFlag = todays.openRedFlags().contains(id);
        RosterLine line = RosterLine.of(entry, todays.adherenceOf(id).orElse(null), redFlag, vm.painZones(),
                messages);
        RosterLevels levels = vm.levelsOf(todays, id);
        boolean open = id.equals(roster.expandedProperty().get());

        Label who = new Label(entry.shortName());
        who.getStyleClass().add("roster-name");
        who.setMinWidth(Region.USE_PREF_SIZE);
        Label pain = new Label(line.pain());
        pain.getStyleClass().addAll("roster-pain", line.painStyle());
        pain.setMinWidth(Region.USE_PREF_SIZE);
        HBox head = new HBox(16, who, pain);
        head.setAlignment(Pos.CENTER_LEFT);
        if (!line.change().isEmpty()) {
            head.getChildren().add(detail(line.change()));
        }
        Label summary = new Label(levels.summary() + (levels.exercises().isEmpty() ? "" : open ? " ▾" : " ▸"));
        summary.setId("roster-levels-" + id);
        summary.getStyleClass().add("roster-levels");
        head.getChildren().add(summary);

        VBox row = new VBox(4, head);
        row.setId("roster-row-" + id);
        row.getStyleClass().add("roster-row");
        if (!line.adherence().isEmpty()) {
            row.getChildren().add(detail(line.adherence()));
        }
        if (!line.flag().isEmpty()) {
            row.getChildren().add(flag(line.flag(), redFlag, entry, roster, messages));
        }
        if (open && !levels.exercises().isEmpty()) {
            FlowPane each = new FlowPane(8, 4);
            each.setId("roster-levels-detail-" + id);
            each.getStyleClass().add("roster-levels-detail");
            levels.exercises().forEach(text -> each.getChildren().add(chip(text)));
            row.getChildren().add(each);
        }
        // Tapping anywhere on the line opens or closes the levels; the flag's buttons keep their taps.
        row.setOnMouseClicked(e -> roster.toggleLevels(id));
        return row;
    }

    private static Node flag(String text, boolean redFlag, RosterEntry entry, RosterViewModel roster, Messages m) {
        UUID id = entry.memberId();
        Label flag = new Label(text);
        flag.getStyleClass().add("roster-flag");
        flag.setWrapText(true);
        HBox box = new HBox(12, flag);
        box.setAlignment(Pos.CENTER_LEFT);
        box.addEventHandler(MouseEvent.MOUSE_CLICKED, Event::consume);
        if (!redFlag || !roster.canClearRedFlags()) {
            return box;
        }
        boolean busy = id.equals(roster.clearingProperty().get());
        if (id.equals(roster.confirmingProperty().get())) {
            String failed = roster.messageProperty().get();
            Label ask = new Label(failed.isEmpty()
                    ? m.format(MessageKey.INSTRUCTOR_RED_FLAG_CONFIRM, entry.shortName()) : failed);
            ask.setId("roster-confirm-" + id);
            ask.getStyleClass().add("roster-confirm");
            ask.setWrapText(true);
            Button yes = button("roster-clear-yes-" + id, m.get(MessageKey.INSTRUCTOR_RED_FLAG_YES),
                    roster::clearRedFlag);
            Button no = button("roster-clear-no-" + id, m.get(MessageKey.INSTRUCTOR_RED_FLAG_NO),
                    roster::cancelClearRedFlag);
            yes.setDisable(busy);
            no.setDisable(busy);
            box.getChildren().setAll(List.of(ask, yes, no));
            return box;
        }
        box.getChildren().add(button("roster-clear-" + id, m.get(MessageKey.INSTRUCTOR_RED_FLAG_CLEAR),
                () -> roster.askToClearRedFlag(id)));
        return box;
    }

    private static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add("roster-action");
        b.setMinSize(64, 64);
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    private static Label detail(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("roster-detail");
        return l;
    }

    private static Label chip(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("roster-level");
        return l;
    }
}
