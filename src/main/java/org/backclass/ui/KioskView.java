package org.backclass.ui;

import java.util.Locale;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import org.backclass.ui.KioskViewModel.Screen;
import org.backclass.ui.checkin.NoticeView;
import org.backclass.ui.checkin.WelcomeView;
import org.backclass.ui.idle.IdleView;
import org.backclass.ui.support.Messages;

/**
 * The root of the scene. Exactly one screen is in the scene graph at a time: a screen that is
 * not shown is detached, so nothing personal lingers in hidden nodes. Built once and bound to
 * the ViewModels; create and use on the FX thread.
 */
final class KioskView {

    private final StackPane root = new StackPane();
    private final Map<Screen, Node> screens;

    KioskView(KioskViewModel vm, Messages messages) {
        root.getStyleClass().add("kiosk-root");
        screens = Map.of(
                Screen.IDLE, new IdleView(vm.idle(), messages).node(),
                Screen.WELCOME, new WelcomeView(vm.welcome(), messages).node(),
                Screen.ALREADY_CHECKED_IN, new NoticeView("already-screen", "notice-already", vm.already(),
                        messages, vm::returnToIdle).node(),
                Screen.UNKNOWN_CARD, new NoticeView("unknown-card-screen", "notice-unknown", vm.unknownCard(),
                        messages, vm::returnToIdle).node(),
                Screen.CHECK_IN_FAILED, new NoticeView("checkin-failed-screen", "notice-failed",
                        vm.checkInFailed(), messages, vm::returnToIdle).node());
        vm.screenProperty().addListener((obs, was, now) -> show(now));
        show(vm.screenProperty().get());
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
        root.getChildren().setAll(screens.get(screen));
    }
}
