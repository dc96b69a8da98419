package org.backclass.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FxKiosk.onFx;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import org.backclass.domain.checkin.CheckInFailed;
import org.backclass.domain.card.CardKey;
import org.backclass.ui.testing.FxKiosk;
import org.backclass.ui.testing.SceneGraph;
import org.backclass.ui.testing.TouchLayout;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxToolkit;

/**
 * Every screen at the smallest and largest supported sizes (and two in between), in both
 * languages: each visible button is a touch target of at least 64 × 64 px and every visible
 * button and text lies inside the scene.
 *
 * <p>The scenes are laid out without a window: Monocle's headless screen is 1280 × 800 unless
 * the JVM starts with {@code -Dheadless.geometry}, and a bigger window overflows its frame
 * buffer. CSS and layout are the same either way.
 */
class KioskUiLayoutFxTest {


    @TempDir
    Path dir;
    private FxKiosk kiosk;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeKiosk() {
        if (kiosk != null) {
            kiosk.close();
        }
    }

    @ParameterizedTest(name = "{0}x{1} {2}")
    @CsvSource({"800, 480, en", "800, 480, de", "1024, 600, de", "1280, 800, en", "1920, 1080, en",
            "1920, 1080, de"})
    void everyScreenFitsAndEveryButtonIsATouchTarget(int width, int height, String language) {
        kiosk = new FxKiosk(dir);
        // a full timetable with long names, one class already under way
        kiosk.addClass("Gentle Mobility for Beginners and Returners", 17, 45, "Studio 1 (upstairs)");
        kiosk.addClass("Strong Back, Calm Mind – Stabilisation", 19, 0, "Main Hall");
        kiosk.addClass("McKenzie Extension Practice", 20, 0, "Studio 2");
        kiosk.addClass("Evening Stretch", 21, 0, "Studio 3");
        KioskUi ui = kiosk.create(FxKiosk.windowed(Locale.of(language), Duration.ofSeconds(20), width, height));
        onFx(() -> ui.createScene(width, height));
        assertThat(onFx(() -> kiosk.scene().getRoot().getLayoutBounds().getWidth())).isEqualTo(width);

        kiosk.tap(FxKiosk.ANNAS_CARD);
        kiosk.waitForNode("welcome-screen");
        assertFits("welcome-screen", 13); // 11 scores, Skip and "don't keep my answers"

        onFx(() -> {
            ((Button) kiosk.lookupOnFx("pain-skip")).fire();
            return null;
        });
        kiosk.waitForNode("idle-screen");
        FxKiosk.waitFor(() -> onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("idle-classes"))
                .contains("Back Basics")));

        // a member never asked about health data gets the consent question first
        kiosk.gym.memberWithoutConsent("Bartholomäus", "Schwarzenegger-Lindqvist", "04B1B2B3B4B5B6");
        kiosk.tap(CardKey.iso14443a(java.util.HexFormat.of().parseHex("04B1B2B3B4B5B6")));
        kiosk.waitForNode("consent-question");
        FxKiosk.waitFor(() -> onFx(() -> kiosk.lookupOnFx("consent-question").isVisible()));
        assertFits("welcome-screen", 2); // only Yes and No while consent is asked
        onFx(() -> {
            ((Button) kiosk.lookupOnFx("consent-no")).fire();
            return null;
        });
        FxKiosk.waitFor(() -> onFx(() -> kiosk.lookupOnFx("pain-answered").isVisible()));
        assertFits("welcome-screen", 2); // attendance only: nothing asked, just Done and "My progress"
        onFx(() -> {
            ((Button) kiosk.lookupOnFx("pain-ok")).fire();
            return null;
        });
        kiosk.waitForNode("idle-screen");
        assertFits("idle-screen", 1); // the discreet "Instructor" button

        // a member due for the red-flag check sees the warning signs first; a yes ends calmly
        var due = kiosk.gym.memberWithoutConsent("Wilhelmina", "Oberhauser-Castellanos", "04C1C2C3C4C5C6");
        kiosk.gym.consent.record(due.id(), true, org.backclass.domain.consent.HealthConsent.RecordedBy.MEMBER);
        kiosk.tap(CardKey.iso14443a(java.util.HexFormat.of().parseHex("04C1C2C3C4C5C6")));
        FxKiosk.waitFor(() -> onFx(() -> kiosk.lookupOnFx("red-flag-question") != null
                && kiosk.lookupOnFx("red-flag-question").isVisible()));
        assertFits("welcome-screen", 2); // "None of these" and "Yes, at least one"
        onFx(() -> {
            ((Button) kiosk.lookupOnFx("red-flag-yes")).fire();
            return null;
        });
        FxKiosk.waitFor(() -> onFx(() -> kiosk.lookupOnFx("pain-answered").isVisible()));
        assertThat(onFx(() -> SceneGraph.allTexts(kiosk.lookupOnFx("pain-answered"))))
                .anyMatch(t -> t.startsWith(language.equals("de") ? "Danke. Bitte sprechen Sie" : "Thank you. Please speak"));
        onFx(() -> {
            ((Button) kiosk.lookupOnFx("pain-ok")).fire();
            return null;
        });
        kiosk.waitForNode("idle-screen");

        kiosk.clock.advance(Duration.ofSeconds(30));
        kiosk.tap(FxKiosk.ANNAS_CARD);
        kiosk.waitForNode("already-screen");
        assertFits("already-screen", 2); // OK and "My progress"

        kiosk.tap(FxKiosk.UNKNOWN_CARD);
        kiosk.waitForNode("unknown-card-screen");
        assertFits("unknown-card-screen", 1);

        kiosk.events.publish(new CheckInFailed(System.nanoTime()));
        kiosk.waitForNode("checkin-failed-screen");
        assertFits("checkin-failed-screen", 1);
    }

    private void assertFits(String screenId, int expectedButtons) {
        TouchLayout.Report report = onFx(() -> TouchLayout.check(kiosk.scene()));
        assertThat(report.problems()).as(screenId).isEmpty();
        assertThat(report.buttons()).as(screenId + " buttons").isEqualTo(expectedButtons);
    }
}
