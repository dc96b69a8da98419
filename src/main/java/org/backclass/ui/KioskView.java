package org.backclass.ui;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backclass.ui.KioskViewModel.Screen;
import org.backclass.ui.checkin.NoticeView;
import org.backclass.ui.checkin.WelcomeView;
import org.backclass.ui.idle.IdleView;
import org.backclass.ui.idle.ReaderHealthViewModel;
import org.backclass.ui.feedback.AfterClassView;
import org.backclass.ui.instructor.EnrolView;
import org.backclass.ui.instructor.InstructorView;
import org.backclass.ui.instructor.LevelReviewView;
import org.backclass.ui.instructor.PinPadView;
import org.backclass.ui.mine.MyProgressView;
import org.backclass.ui.player.PlayerView;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * The root of the scene. Exactly one screen is in the scene graph at a time: a screen that is
 * not shown is detached, so nothing personal lingers in hidden nodes. Built once and bound to
 * the ViewModels; create and use on the FX thread.
 */
final class KioskView {

    private final StackPane root = new StackPane();

    private final KioskViewModel vm;
    private final Messages messages;
    private final Map<Screen, Node> screens = new EnumMap<>(Screen.class);
    private PlayerView playerView;

    KioskView(KioskViewModel vm, ReaderHealthViewModel readerHealth, Messages messages) {
        this.vm = vm;
        this.messages = messages;
        root.getStyleClass().add("kiosk-root");
        InstructorScreens mode = vm.instructorScreens();
        Runnable onInstructor = mode == null ? null : vm::openPinPad;
        screens.putAll(Map.of(
                Screen.IDLE, withReaderNotice(new IdleView(vm.idle(), messages, onInstructor).node(), readerHealth),
                Screen.WELCOME, withProgressOffer(new WelcomeView(vm.welcome(), messages).node()),
                Screen.ALREADY_CHECKED_IN, withProgressOffer(new NoticeView("already-screen", "notice-already",
                        vm.notices().already(), messages, vm::returnToIdle).node()),
                Screen.UNKNOWN_CARD, new NoticeView("unknown-card-screen", "notice-unknown", vm.notices().unknownCard(),
                        messages, vm::returnToIdle).node(),
                Screen.CHECK_IN_FAILED, new NoticeView("checkin-failed-screen", "notice-failed",
                        vm.notices().checkInFailed(), messages, vm::returnToIdle).node()));
        if (mode != null) {
            screens.put(Screen.PIN, new PinPadView(mode.pinPad, messages, vm::returnToIdle).node());
            screens.put(Screen.INSTRUCTOR, withReaderDetails(new InstructorView(mode.home, messages,
                    vm::returnToIdle, mode.enrol == null ? null : vm::openEnrol,
                    mode.review == null ? null : vm::openReview).node(), readerHealth));
            if (mode.afterClass != null) {
                screens.put(Screen.AFTER_CLASS, new AfterClassView(mode.afterClass, messages, vm::returnToIdle).node());
            }
            if (mode.enrol != null) {
                screens.put(Screen.ENROL, new EnrolView(mode.enrol, messages, vm::backToInstructor).node());
            }
            if (mode.review != null) {
                screens.put(Screen.REVIEW, new LevelReviewView(mode.review, messages, vm::backToInstructor).node());
            }
        }
        if (vm.mine().progress() != null) {
            screens.put(Screen.MY_PROGRESS, new MyProgressView(vm.mine().progress(), messages, vm::returnToIdle).node());
        }
        vm.screenProperty().addListener((obs, was, now) -> show(now));
        show(vm.screenProperty().get());
    }

    /** A member's own screen with "My progress" at the bottom while it is offered. */
    private Node withProgressOffer(Node memberScreen) {
        Button open = new Button(messages.get(MessageKey.MINE_TITLE));
        open.setId("my-progress-open");
        open.getStyleClass().add("my-progress-button");
        open.setFocusTraversable(false); // keyboard-style card readers end with Enter
        open.setOnAction(e -> vm.mine().offer().open());
        open.visibleProperty().bind(vm.mine().offer().offeredProperty());
        open.managedProperty().bind(open.visibleProperty());
        HBox bar = new HBox(open);
        bar.getStyleClass().add("my-progress-bar");
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.managedProperty().bind(open.visibleProperty());
        BorderPane pane = new BorderPane(memberScreen);
        pane.setBottom(bar);
        return pane;
    }

    /** The idle screen with a calm line on top while a card reader is offline. */
    private static Node withReaderNotice(Node idle, ReaderHealthViewModel health) {
        Label notice = new Label();
        notice.setId("reader-offline");
        notice.getStyleClass().add("reader-offline");
        notice.setWrapText(true);
        notice.setMaxWidth(Double.MAX_VALUE);
        notice.textProperty().bind(health.offlineNoticeProperty());
        notice.visibleProperty().bind(notice.textProperty().isNotEmpty());
        notice.managedProperty().bind(notice.visibleProperty());
        BorderPane pane = new BorderPane(idle);
        pane.setTop(notice);
        return pane;
    }

    /** The instructor's screen with a line per card reader at the bottom. */
    private static Node withReaderDetails(Node instructor, ReaderHealthViewModel health) {
        VBox lines = new VBox();
        lines.setId("reader-details");
        lines.getStyleClass().add("reader-details");
        Runnable show = () -> lines.getChildren().setAll(health.detailsProperty().stream().map(line -> {
            Label l = new Label(line.text());
            l.setWrapText(true);
            l.getStyleClass().add(line.online() ? "reader-line" : "reader-line-offline");
            return l;
        }).toList());
        health.detailsProperty().addListener(
                (javafx.collections.ListChangeListener<ReaderHealthViewModel.ReaderLine>) c -> show.run());
        show.run();
        BorderPane pane = new BorderPane(instructor);
        pane.setBottom(lines);
        return pane;
    }

    Parent root() {
        return root;
    }

    /** Scales the root font (and with it every em in the theme) with the scene's size. */
    void scaleWith(Scene scene) {
        root.styleProperty().bind(Bindings.createStringBinding(
                () -> String.format(Locale.ROOT, "-fx-font-size: %.2fpx;",
                        FontScale.rootFontPx(scene.getWidth(), scene.getHeight())),
                scene.widthProperty(), scene.heightProperty()));
    }

    private void show(Screen screen) {
        if (playerView != null && screen != Screen.PLAYER) {
            playerView.dispose();
            playerView = null;
        }
        if (screen == Screen.PLAYER) {
            if (playerView == null) {
                playerView = new PlayerView(vm.playerProperty().get(), messages, vm.playerContent(),
                        vm.playerContent(), vm.mediaProblems());
                playerView.start();
            }
            root.getChildren().setAll(playerView.node());
            return;
        }
        root.getChildren().setAll(screens.get(screen));
    }
}
