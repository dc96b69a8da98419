package org.backclass.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FxKiosk.onFx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import javafx.event.Event;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.image.ImageView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import org.backclass.config.content.ContentLoader;
import org.backclass.ui.FontScale;
import org.backclass.ui.support.Messages;
import org.backclass.ui.testing.FxKiosk;
import org.backclass.ui.testing.SceneGraph;
import org.backclass.ui.testing.TouchLayout;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * The player screen in a scene (no window, as in {@code KioskUiLayoutFxTest}) at the smallest
 * and largest supported sizes, with the kiosk theme and font scaling: touch targets, fit,
 * clicker keys and the countdown following the (fake) clock.
 */
class PlayerViewFxTest {


    private final AtomicLong nanos = new AtomicLong(1_000 * PlayerFixtures.SECOND);

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"800, 480, en", "800, 480, de", "1920, 1080, en", "1920, 1080, de"})
    void fitsDrivesTheClassFromKeysAndFollowsTheClock(int width, int height, String language) {
        Locale locale = Locale.of(language);
        PosterSource posters = (id, level) -> id.equals("bridge") ? new WritableImage(64, 48) : null;
        PlayerViewModel vm = PlayerFixtures.player(nanos, locale);
        Scene scene = onFx(() -> {
            PlayerView view = new PlayerView(vm, Messages.load(locale), posters);
            StackPane root = new StackPane(view.node());
            root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.2fpx;",
                    FontScale.rootFontPx(width, height)));
            Scene s = new Scene(root, width, height);
            s.getStylesheets().add(PlayerView.class.getResource("/org/backclass/ui/kiosk.css").toExternalForm());
            return s;
        });

        assertThat(problems(scene)).as("before the start").isEmpty();
        assertThat(onFx(() -> ((ImageView) scene.lookup("#player-poster-image")).getImage())).isNotNull();
        assertThat(onFx(() -> scene.lookup("#player-placeholder").isVisible())).isFalse();

        onFx(vm::start);
        assertThat(text(scene, "player-counter")).isIn("rep 1 of 12", "Wiederholung 1 von 12");
        press(scene, KeyCode.PAGE_DOWN); // to the rest between sets
        assertThat(text(scene, "player-counter")).isEqualTo("0:20");
        assertThat(text(scene, "player-set")).isIn("Set 1 of 2", "Satz 1 von 2");

        nanos.addAndGet(5 * PlayerFixtures.SECOND);
        onFx(() -> {
            vm.tick();
            return null;
        });
        assertThat(text(scene, "player-counter")).isEqualTo("0:15");

        press(scene, KeyCode.B);
        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.PAUSED);
        press(scene, KeyCode.PERIOD);
        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.RUNNING);
        press(scene, KeyCode.PAGE_UP); // 5 s into the rest: restart it
        assertThat(text(scene, "player-counter")).isEqualTo("0:20");

        press(scene, KeyCode.PAGE_DOWN);
        press(scene, KeyCode.PAGE_DOWN);
        press(scene, KeyCode.PAGE_DOWN); // side plank, left: no poster in this source
        assertThat(onFx(() -> scene.lookup("#player-placeholder").isVisible())).isTrue();
        assertThat(problems(scene)).as("during the class").isEmpty();

        onFx(() -> {
            ((Button) scene.lookup("#player-end")).fire();
            return null;
        });
        assertThat(vm.stateProperty().get()).isEqualTo(PlayerState.FINISHED);
        assertThat(problems(scene)).as("finished").isEmpty();
    }

    @Test
    void theAnimationTimerTicksTheClass() throws Exception {
        PlayerViewModel vm = PlayerFixtures.player(nanos, Locale.ENGLISH);
        PlayerView view = onFx(() -> new PlayerView(vm, Messages.load(Locale.ENGLISH), PosterSource.NONE));
        Label counter = (Label) view.node().lookup("#player-counter");
        onFx(() -> {
            vm.start();
            vm.next(); // the rest, 0:20
            view.start();
            return null;
        });
        try {
            nanos.addAndGet(7 * PlayerFixtures.SECOND);
            FxKiosk.waitFor(() -> onFx(() -> counter.getText().equals("0:13")));
        } finally {
            onFx(() -> {
                view.stop();
                return null;
            });
        }
    }

    @Test
    void cataloguePostersLoadFromTheMediaFolder() {
        var catalogue = ContentLoader.load(Path.of("kiosk-config")).catalogue();
        var exercise = catalogue.all().getFirst();
        var content = new CataloguePlayerContent(catalogue, Locale.ENGLISH, Path.of("media"));

        assertThat(onFx(() -> content.posterFor(exercise.id(), exercise.levels().getFirst().level()))).isNotNull();
        assertThat(onFx(() -> content.posterFor("no-such-exercise", 1))).isNull();
    }

    private static void press(Scene scene, KeyCode code) {
        onFx(() -> {
            Event.fireEvent(scene.lookup("#player-screen"),
                    new KeyEvent(KeyEvent.KEY_PRESSED, "", "", code, false, false, false, false));
            return null;
        });
    }

    private static String text(Scene scene, String id) {
        return onFx(() -> ((Label) scene.lookup("#" + id)).getText());
    }

    /** Buttons smaller than a fingertip, and texts or buttons reaching outside the scene. */
    private static List<String> problems(Scene scene) {
        return onFx(() -> {
            TouchLayout.Report report = TouchLayout.check(scene);
            List<String> problems = new ArrayList<>(report.problems());
            if (report.buttons() != 5) {
                problems.add(report.buttons() + " buttons instead of 5");
            }
            return problems;
        });
    }

}
