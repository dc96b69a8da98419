package org.backclass.ui.player;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.StackPane;
import javafx.scene.media.Media;
import javafx.scene.media.MediaPlayer;
import javafx.scene.media.MediaView;
import javafx.util.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An exercise's demo clip over its poster: the poster (or a placeholder when there is none) shows
 * at once, and a muted, endlessly looping video covers it as soon as it is playing. The next
 * clip can be {@link #preload prepared} ahead so that switching is seamless.
 *
 * <p>Video is a nicety, never a reason to stop a class: a missing, unreadable or corrupt file,
 * missing codec libraries or a player that does not get ready within {@link #READY_TIMEOUT}
 * leave the poster on screen. Each broken file is logged once at WARN and reported once to the
 * problem sink; nothing is thrown to the caller. Files that failed are not tried again; a missing
 * file is looked for again on the next show, so a gym can drop in its own recording.
 *
 * <p><b>Threading.</b> FX thread only: create, call and {@link #dispose()} on the JavaFX
 * application thread. {@link MediaPlayer} status and error callbacks already arrive on the FX
 * thread, and the ready timeout runs on the FX animation clock, so this class never hops threads.
 * The problem sink is called on the FX thread.
 */
public final class DemoVideo {

    /** How long a new player may take to become READY before the poster is kept instead. */
    static final Duration READY_TIMEOUT = Duration.seconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(DemoVideo.class);

    private final Consumer<MediaProblem> problems;
    private final StackPane root = new StackPane();
    private final Label placeholder = new Label();
    private final ImageView poster = new ImageView();
    private final MediaView video = new MediaView();
    private final Set<Path> reported = new HashSet<>();
    private final Set<Path> broken = new HashSet<>();

    private Clip current;
    private Clip preloaded;

    /**
     * @param placeholderText shown when there is neither poster nor playing video
     * @param problems        told once per broken file, for the instructor
     */
    public DemoVideo(String placeholderText, Consumer<MediaProblem> problems) {
        this.problems = Objects.requireNonNull(problems, "problems");
        placeholder.setText(Objects.requireNonNull(placeholderText, "placeholderText"));
        placeholder.setId("player-placeholder");
        placeholder.getStyleClass().add("player-placeholder");
        placeholder.setWrapText(true);
        poster.setId("player-poster-image");
        video.setId("player-video");
        poster.setPreserveRatio(true);
        poster.setSmooth(true);
        poster.fitWidthProperty().bind(root.widthProperty());
        poster.fitHeightProperty().bind(root.heightProperty());
        video.setPreserveRatio(true);
        video.setSmooth(true);
        video.fitWidthProperty().bind(root.widthProperty());
        video.fitHeightProperty().bind(root.heightProperty());
        video.setVisible(false);
        root.setMinSize(0, 0);
        root.setPrefSize(0, 0);
        root.getChildren().addAll(placeholder, poster, video);
        showPoster(null);
    }

    /** The stack of placeholder, poster and video; size it as the poster area. */
    public Parent node() {
        return root;
    }

    /**
     * Shows {@code poster} at once and plays {@code mp4} over it, muted and looping, once it
     * plays. Showing the clip already on screen keeps it playing. The previous player is stopped
     * and disposed; a matching {@link #preload preloaded} player is used.
     *
     * @param mp4    the clip, or null for the poster only
     * @param poster the still, or null for the placeholder
     */
    public void show(Path mp4, Image poster) {
        showPoster(poster);
        Path file = normalise(mp4);
        if (current != null && file != null && current.file.equals(file)) {
            return;
        }
        video.setVisible(false);
        video.setMediaPlayer(null);
        dispose(current);
        current = null;
        if (file == null) {
            return;
        }
        if (preloaded != null && preloaded.file.equals(file)) {
            current = preloaded;
            preloaded = null;
        } else {
            current = open(file);
        }
        if (current != null) {
            video.setMediaPlayer(current.player);
            current.player.play();
            reveal();
        }
    }

    /**
     * Prepares the player for {@code mp4} (to READY, not playing) so that a later
     * {@link #show} of it starts at once. A previous preloaded clip that was not shown is
     * disposed. Null, or the clip already on screen, only drops the previous preload.
     */
    public void preload(Path mp4) {
        Path file = normalise(mp4);
        if (preloaded != null && preloaded.file.equals(file)) {
            return;
        }
        dispose(preloaded);
        preloaded = null;
        if (file != null && (current == null || !current.file.equals(file))) {
            preloaded = open(file);
        }
    }

    /** Stops and releases every player; the poster stays. Safe to call more than once. */
    public void dispose() {
        video.setVisible(false);
        video.setMediaPlayer(null);
        dispose(current);
        dispose(preloaded);
        current = null;
        preloaded = null;
    }

    /** The player on screen (playing or getting ready), or null; for tests. */
    MediaPlayer currentPlayer() {
        return current == null ? null : current.player;
    }

    /** The preloaded player, or null; for tests. */
    MediaPlayer preloadedPlayer() {
        return preloaded == null ? null : preloaded.player;
    }

    private void showPoster(Image image) {
        poster.setImage(image);
        poster.setVisible(image != null);
        placeholder.setVisible(image == null);
    }

    private void reveal() {
        if (current != null && current.player.getStatus() == MediaPlayer.Status.PLAYING) {
            video.setVisible(true);
        }
    }

    private Clip open(Path file) {
        if (broken.contains(file)) {
            return null;
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            report(file, null);
            return null;
        }
        MediaPlayer player;
        try {
            Media media = new Media(file.toUri().toString());
            player = new MediaPlayer(media);
        } catch (RuntimeException | LinkageError e) { // MediaException, or no codec libraries
            fail(file, e.getMessage());
            return null;
        }
        Clip clip = new Clip(file, player);
        player.setMute(true);
        player.setCycleCount(MediaPlayer.INDEFINITE);
        player.setOnError(() -> failed(clip, String.valueOf(player.getError())));
        player.statusProperty().addListener((obs, was, now) -> {
            if (now != MediaPlayer.Status.UNKNOWN) {
                clip.timeout.stop();
            }
            if (now == MediaPlayer.Status.HALTED) {
                failed(clip, "playback halted: " + player.getError());
            } else if (clip == current) {
                reveal();
            }
        });
        clip.timeout.setOnFinished(e -> {
            if (player.getStatus() == MediaPlayer.Status.UNKNOWN) {
                failed(clip, "not ready within " + READY_TIMEOUT.toSeconds() + " s");
            }
        });
        clip.timeout.play();
        return clip;
    }

    private void failed(Clip clip, String why) {
        if (clip.disposed) {
            return;
        }
        fail(clip.file, why);
        if (clip == current) {
            video.setVisible(false);
            video.setMediaPlayer(null);
            current = null;
        } else if (clip == preloaded) {
            preloaded = null;
        }
        dispose(clip);
    }

    private void fail(Path file, String why) {
        broken.add(file);
        report(file, why);
    }

    /** @param why null for a missing or unreadable file */
    private void report(Path file, String why) {
        if (reported.add(file)) {
            LOG.warn("Demo video {} cannot be shown, keeping the poster: {}", file,
                    why == null ? "file is missing or unreadable" : why);
            String name = file.getFileName().toString();
            try {
                problems.accept(why == null ? MediaProblem.missing(name) : MediaProblem.unplayable(name, why));
            } catch (RuntimeException e) {
                LOG.warn("The video problem sink failed", e);
            }
        }
    }

    private static void dispose(Clip clip) {
        if (clip == null || clip.disposed) {
            return;
        }
        clip.disposed = true;
        clip.timeout.stop();
        try {
            clip.player.dispose(); // stops it too; a stop() first would post STOPPED after DISPOSED
        } catch (RuntimeException e) {
            LOG.warn("Disposing the player of {} failed", clip.file, e);
        }
    }

    private static Path normalise(Path file) {
        return file == null ? null : file.toAbsolutePath().normalize();
    }

    /** One clip's player and its ready timeout. */
    private static final class Clip {
        final Path file;
        final MediaPlayer player;
        final PauseTransition timeout = new PauseTransition(READY_TIMEOUT);
        boolean disposed;

        Clip(Path file, MediaPlayer player) {
            this.file = file;
            this.player = player;
        }
    }
}
