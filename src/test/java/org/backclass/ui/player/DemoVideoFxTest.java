package org.backclass.ui.player;

import static org.assertj.core.api.Assertions.assertThat;
import static org.backclass.ui.testing.FxKiosk.onFx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import org.backclass.ui.support.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@link DemoVideo} with the real shipped clips (H.264, no audio) copied into a temporary media
 * folder, and with missing and corrupt files: the class never stops, the poster stays.
 */
class DemoVideoFxTest {

    /** Longer than {@link DemoVideo#READY_TIMEOUT}, so a never-ready player is caught in time. */
    private static final long WAIT_SECONDS = 10;

    @TempDir
    Path dir;

    private final List<MediaProblem> problems = new CopyOnWriteArrayList<>();
    private final Image poster = new WritableImage(64, 36);
    private DemoVideo video;
    private Path first;
    private Path second;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void setUp() throws IOException {
        first = Files.copy(Path.of("media/bird-dog-1.mp4"), dir.resolve("bird-dog-1.mp4"));
        second = Files.copy(Path.of("media/bird-dog-2.mp4"), dir.resolve("bird-dog-2.mp4"));
        video = onFx(() -> {
            DemoVideo v = new DemoVideo("No picture", problems::add);
            new Scene(new StackPane(v.node()), 640, 360);
            return v;
        });
    }

    @AfterEach
    void tearDown() {
        onFx(() -> {
            video.dispose();
            return null;
        });
    }

    @Test
    void aRealClipPlaysMutedAndLoopingOverItsPoster() {
        run(() -> video.show(first, poster));
        assertThat(onFx(() -> lookup("#player-poster-image").isVisible())).isTrue();

        waitFor(() -> onFx(() -> video.currentPlayer().getStatus() == MediaPlayer.Status.PLAYING));
        MediaPlayer player = onFx(video::currentPlayer);
        assertThat(onFx(() -> lookup("#player-video").isVisible())).isTrue();
        assertThat(onFx(() -> ((MediaView) lookup("#player-video")).getMediaPlayer())).isSameAs(player);
        assertThat(onFx(player::isMute)).isTrue();
        assertThat(onFx(player::getCycleCount)).isEqualTo(MediaPlayer.INDEFINITE);
        double start = onFx(() -> player.getCurrentTime().toSeconds());
        waitFor(() -> onFx(() -> player.getCurrentTime().toSeconds()) > start + 0.3);
        assertThat(problems).isEmpty();
    }

    @Test
    void switchingUsesThePreloadedPlayerAndDisposesTheOldOne() {
        run(() -> video.show(first, poster));
        waitFor(() -> onFx(() -> video.currentPlayer().getStatus() == MediaPlayer.Status.PLAYING));
        MediaPlayer old = onFx(video::currentPlayer);

        run(() -> video.preload(second));
        MediaPlayer next = onFx(video::preloadedPlayer);
        waitFor(() -> onFx(() -> next.getStatus() == MediaPlayer.Status.READY));
        assertThat(onFx(old::getStatus)).as("the clip on screen keeps playing").isEqualTo(MediaPlayer.Status.PLAYING);

        run(() -> video.show(second, poster));
        assertThat(onFx(video::currentPlayer)).isSameAs(next);
        assertThat(onFx(video::preloadedPlayer)).isNull();
        assertThat(onFx(old::getStatus)).isEqualTo(MediaPlayer.Status.DISPOSED);
        waitFor(() -> onFx(() -> next.getStatus() == MediaPlayer.Status.PLAYING));
        double start = onFx(() -> next.getCurrentTime().toSeconds());
        waitFor(() -> onFx(() -> next.getCurrentTime().toSeconds()) > start + 0.3);
        assertThat(problems).isEmpty();
    }

    @Test
    void anUnusedPreloadIsDisposedWhenAnotherIsPreloadedAndOnDispose() {
        run(() -> video.preload(first));
        MediaPlayer unused = onFx(video::preloadedPlayer);
        run(() -> video.preload(second));
        assertThat(onFx(unused::getStatus)).isEqualTo(MediaPlayer.Status.DISPOSED);
        MediaPlayer preloaded = onFx(video::preloadedPlayer);
        run(video::dispose);
        assertThat(onFx(preloaded::getStatus)).isEqualTo(MediaPlayer.Status.DISPOSED);
        assertThat(onFx(video::preloadedPlayer)).isNull();
    }

    @Test
    void aMissingFileKeepsThePosterAndIsReportedOnce() {
        Path missing = dir.resolve("no-such-clip.mp4");
        run(() -> video.preload(missing));
        run(() -> video.show(missing, poster));
        run(() -> video.show(null, poster));
        run(() -> video.show(missing, poster));

        assertPosterOnly();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst()).isEqualTo(MediaProblem.missing("no-such-clip.mp4"));
    }

    @Test
    void aCorruptFileKeepsThePosterAndIsReportedOnce() throws IOException {
        byte[] noise = new byte[64 * 1024];
        new Random(42).nextBytes(noise);
        Path corrupt = Files.write(dir.resolve("x.mp4"), noise);

        run(() -> video.show(corrupt, poster));
        waitFor(() -> !problems.isEmpty());
        waitFor(() -> onFx(() -> video.currentPlayer() == null));
        run(() -> video.show(null, poster));
        run(() -> video.show(corrupt, poster));
        run(() -> video.preload(corrupt));

        assertPosterOnly();
        assertThat(problems).hasSize(1);
        assertThat(problems.getFirst().file()).isEqualTo("x.mp4");
        assertThat(problems.getFirst().kind()).isEqualTo(MediaProblem.Kind.UNPLAYABLE);
        assertThat(problems.getFirst().detail()).isNotBlank();
    }

    @Test
    void withoutAPosterTheBrokenClipLeavesThePlaceholder() {
        run(() -> video.show(dir.resolve("gone.mp4"), null));
        assertThat(onFx(() -> lookup("#player-placeholder").isVisible())).isTrue();
        assertThat(onFx(() -> lookup("#player-poster-image").isVisible())).isFalse();
        assertThat(onFx(() -> lookup("#player-video").isVisible())).isFalse();
        assertThat(problems).hasSize(1);
    }

    @Test
    void thePlayerViewPlaysTheCurrentClipAndPreloadsTheNextExercises() {
        AtomicLong nanos = new AtomicLong(1_000 * PlayerFixtures.SECOND);
        PlayerViewModel vm = PlayerFixtures.player(nanos, Locale.ENGLISH);
        VideoSource videos = (id, level) -> dir.resolve(id.equals("bridge") ? "bird-dog-1.mp4" : "bird-dog-2.mp4");
        MediaProblems reported = new MediaProblems();
        PlayerView view = onFx(() -> new PlayerView(vm, Messages.load(Locale.ENGLISH), (id, level) -> poster,
                videos, reported));
        MediaView media = (MediaView) view.node().lookup("#player-video");
        try {
            run(vm::start);
            waitFor(() -> onFx(() -> media.isVisible()));
            MediaPlayer bridge = onFx(media::getMediaPlayer);
            run(vm::next); // rest between sets: no exercise on screen, bridge set 2 next up
            run(vm::next); // bridge set 2
            run(vm::next); // rest after the exercise: side plank next up
            waitFor(() -> onFx(() -> !media.isVisible()));
            assertThat(onFx(bridge::getStatus)).isEqualTo(MediaPlayer.Status.DISPOSED);
            run(vm::next); // side plank
            waitFor(() -> onFx(() -> media.isVisible()));
            assertThat(onFx(media::getMediaPlayer).getMedia().getSource()).endsWith("bird-dog-2.mp4");
        } finally {
            run(view::dispose);
        }
        assertThat(onFx(() -> media.getMediaPlayer())).isNull();
        assertThat(onFx(() -> List.copyOf(reported.problemsProperty()))).isEmpty();
        assertThat(onFx(() -> view.node().lookup("#player-media-notice").isVisible())).isFalse();
    }

    @Test
    void aMissingClipInTheClassIsCountedOnTheInstructorsControls() {
        AtomicLong nanos = new AtomicLong(1_000 * PlayerFixtures.SECOND);
        PlayerViewModel vm = PlayerFixtures.player(nanos, Locale.ENGLISH);
        VideoSource videos = (id, level) -> dir.resolve(id + "-gone.mp4");
        MediaProblems reported = new MediaProblems();
        PlayerView view = onFx(() -> new PlayerView(vm, Messages.load(Locale.ENGLISH), (id, level) -> poster,
                videos, reported));
        try {
            run(vm::start);
            javafx.scene.control.Label notice = (javafx.scene.control.Label) view.node()
                    .lookup("#player-media-notice");
            assertThat(onFx(notice::isVisible)).isTrue();
            assertThat(onFx(notice::getText)).isEqualTo("1 demo video not shown: pictures instead");
            assertThat(onFx(() -> List.copyOf(reported.problemsProperty()))).extracting(MediaProblem::file)
                    .contains("bridge-gone.mp4");
            assertThat(onFx(() -> view.node().lookup("#player-poster-image").isVisible())).isTrue();
        } finally {
            run(view::dispose);
        }
    }

    private void assertPosterOnly() {
        assertThat(onFx(() -> lookup("#player-poster-image").isVisible())).isTrue();
        assertThat(onFx(() -> lookup("#player-placeholder").isVisible())).isFalse();
        assertThat(onFx(() -> lookup("#player-video").isVisible())).isFalse();
        assertThat(onFx(video::currentPlayer)).isNull();
    }

    private Node lookup(String selector) {
        return video.node().lookup(selector);
    }

    private static void run(Runnable work) {
        onFx(() -> {
            work.run();
            return null;
        });
    }

    private static void waitFor(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not met within " + WAIT_SECONDS + " s", e);
        }
    }
}
