package org.backclass.ui.checkin;

import java.util.Objects;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * A calm one-message screen bound to a {@link NoticeViewModel}, with an OK button for those
 * who do not want to wait for the idle timeout. Create and use on the FX thread.
 */
public final class NoticeView {

    private final VBox root = new VBox();

    /**
     * @param id        node id of the screen, e.g. {@code unknown-card-screen}
     * @param kind      extra style class for the screen's colour accent
     * @param done      what the OK button does (back to idle)
     */
    public NoticeView(String id, String kind, NoticeViewModel vm, Messages messages, Runnable done) {
        Objects.requireNonNull(vm, "vm");
        Objects.requireNonNull(done, "done");
        root.setId(id);
        root.getStyleClass().addAll("screen", "notice-screen", kind);
        root.setAlignment(Pos.CENTER);

        Label headline = new Label();
        headline.getStyleClass().add("notice-headline");
        headline.setWrapText(true);
        headline.textProperty().bind(vm.headlineProperty());
        Label body = new Label();
        body.getStyleClass().add("notice-body");
        body.setWrapText(true);
        body.textProperty().bind(vm.bodyProperty());
        Button ok = new Button(messages.get(MessageKey.NOTICE_DONE));
        ok.setId(id + "-ok");
        ok.getStyleClass().add("done-button");
        ok.setFocusTraversable(false);
        ok.setOnAction(e -> done.run());

        root.getChildren().setAll(headline, body, ok);
    }

    public Parent node() {
        return root;
    }
}
