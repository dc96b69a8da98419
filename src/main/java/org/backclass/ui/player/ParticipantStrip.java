package org.backclass.ui.player;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/** The row of "Anna K. · level 3" chips: each checked-in member's level for this exercise. FX thread only. */
final class ParticipantStrip {

    private final FlowPane pane = new FlowPane();
    private final Messages messages;

    ParticipantStrip(Messages messages) {
        this.messages = messages;
        pane.setId("player-strip");
        pane.getStyleClass().add("player-strip");
        pane.setAlignment(Pos.CENTER_RIGHT);
    }

    FlowPane node() {
        return pane;
    }

    void show(List<StripEntry> entries) {
        pane.getChildren().setAll(entries.stream().map(this::chip).toList());
    }

    private Node chip(StripEntry entry) {
        Label who = new Label(entry.shortName());
        who.getStyleClass().add("strip-name");
        Label level = new Label(messages.format(MessageKey.PLAYER_LEVEL, entry.level()));
        level.getStyleClass().add("strip-level");
        HBox chip = new HBox(who, level);
        chip.getStyleClass().add("strip-chip");
        chip.setAlignment(Pos.CENTER_LEFT);
        return chip;
    }
}
