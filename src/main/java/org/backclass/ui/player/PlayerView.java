package org.backclass.ui.player;

import java.nio.file.Path;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;

/**
 * The class player screen, built in code: exercise name and step kind along the top, the demo
 * video over its poster ({@link DemoVideo}) on the left and the very large countdown or rep
 * counter on the right with set, side and cue, then the progress bar, next-up, the participants' level strip and the instructor's touch
 * controls. Keys for presenter clickers: PageDown = next, PageUp = previous, B or period =
 * start/pause/resume.
 *
 * <p>Only binds to {@link PlayerViewModel}. {@link #start()} runs an {@link AnimationTimer} that
 * calls {@link PlayerViewModel#tick()} about {@value #TICKS_PER_SECOND} times a second on the FX
 * pulse (no extra thread hops). Create and use on the FX thread only.
 */
public final class PlayerView {

    static final int TICKS_PER_SECOND = 5;
    private static final long TICK_NANOS = 1_000_000_000L / TICKS_PER_SECOND;

    private final PlayerViewModel vm;
    private final Messages messages;
    private final PosterSource posters;
    private final VideoSource videos;

    private final BorderPane root = new BorderPane();
    private final Label name = label("player-name", "player-name");
    private final Label kind = label("player-kind", "player-kind");
    private final DemoVideo video;
    private final Label counter = label("player-counter", "player-counter");
    private final Label warning = label("player-warning", "player-warning");
    private final Label set = label("player-set", "player-set");
    private final Label side = label("player-side", "player-side");
    private final Label cue = label("player-cue", "player-cue");
    private final ProgressBar progress = new ProgressBar(0);
    private final Label nextUp = label("player-next", "player-next");
    private final ParticipantStrip strip;
    private final PlayerControls controls;

    private final AnimationTimer timer = new AnimationTimer() {
        private long last;

        @Override
        public void handle(long now) {
            if (now - last >= TICK_NANOS) {
                last = now;
                vm.tick();
            }
        }
    };

    /** Posters only, no demo clips. */
    public PlayerView(PlayerViewModel vm, Messages messages, PosterSource posters) {
        this(vm, messages, posters, VideoSource.NONE, new MediaProblems());
    }

    /**
     * @param videos   the demo clip for the shown exercise (and the next one, preloaded)
     * @param problems where a demo clip that cannot be shown is reported (the poster stays); the
     *                 controls show how many there are
     */
    public PlayerView(PlayerViewModel vm, Messages messages, PosterSource posters, VideoSource videos,
            MediaProblems problems) {
        this.vm = Objects.requireNonNull(vm, "vm");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.posters = Objects.requireNonNull(posters, "posters");
        this.videos = Objects.requireNonNull(videos, "videos");
        this.video = new DemoVideo(messages.get(MessageKey.PLAYER_NO_POSTER), problems::report);
        this.controls = new PlayerControls(vm, messages, problems);
        this.strip = new ParticipantStrip(messages);
        layoutComponents();
        setupBindings();
        setupKeys();
    }

    public Parent node() {
        return root;
    }

    /** Starts ticking the ViewModel on the animation pulse. */
    public void start() {
        timer.start();
    }

    /** Stops ticking; the class itself keeps its time in the runner's time source. */
    public void stop() {
        timer.stop();
    }

    /** Stops ticking and releases the demo video players; call when the screen is left. */
    public void dispose() {
        timer.stop();
        video.dispose();
    }

    private void layoutComponents() {
        root.setId("player-screen");
        root.getStyleClass().addAll("screen", "player-screen");
        name.setMinWidth(0);
        kind.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(name, spacer, kind);
        top.getStyleClass().add("player-top");
        top.setAlignment(Pos.CENTER_LEFT);

        Node posterPane = video.node();
        posterPane.setId("player-poster");
        posterPane.getStyleClass().add("player-poster");

        StackPane counterBox = new StackPane(counter, warning);
        counterBox.getStyleClass().add("player-counter-box");
        counter.setMinWidth(0);
        counter.setWrapText(true);
        StackPane.setAlignment(warning, Pos.TOP_RIGHT);
        HBox setSide = new HBox(set, side);
        setSide.getStyleClass().add("player-set-side");
        setSide.setAlignment(Pos.CENTER);
        cue.setWrapText(true);
        VBox timing = new VBox(counterBox, setSide, cue);
        timing.getStyleClass().add("player-timing");
        timing.setAlignment(Pos.CENTER);
        timing.setMinSize(0, 0);

        GridPane middle = new GridPane();
        middle.getStyleClass().add("player-middle");
        ColumnConstraints left = new ColumnConstraints();
        left.setPercentWidth(45);
        ColumnConstraints right = new ColumnConstraints();
        right.setPercentWidth(55);
        RowConstraints row = new RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        middle.getColumnConstraints().addAll(left, right);
        middle.getRowConstraints().add(row);
        middle.add(posterPane, 0, 0);
        middle.add(timing, 1, 0);
        middle.setMinHeight(0);

        progress.setId("player-progress");
        progress.getStyleClass().add("player-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        nextUp.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(strip.node(), Priority.ALWAYS);
        HBox info = new HBox(nextUp, strip.node());
        info.getStyleClass().add("player-info");
        info.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(progress, info, controls.node());
        bottom.getStyleClass().add("player-bottom");

        root.setTop(top);
        root.setCenter(middle);
        root.setBottom(bottom);
    }

    private void setupBindings() {
        name.textProperty().bind(vm.exerciseNameProperty());
        kind.textProperty().bind(vm.kindTextProperty());
        counter.textProperty().bind(vm.counterTextProperty());
        warning.textProperty().bind(vm.warningProperty().asString());
        warning.visibleProperty().bind(vm.warningProperty().greaterThan(0));
        set.textProperty().bind(vm.setTextProperty());
        side.textProperty().bind(vm.sideTextProperty());
        cue.textProperty().bind(vm.cueTextProperty());
        progress.progressProperty().bind(vm.progressProperty());
        nextUp.textProperty().bind(vm.nextUpTextProperty());
        for (Label l : new Label[] {set, side, cue, nextUp}) {
            l.visibleProperty().bind(l.textProperty().isNotEmpty());
            l.managedProperty().bind(l.visibleProperty());
        }
        vm.repCounterProperty().addListener((obs, was, reps) -> styleCounter());
        vm.warningProperty().addListener((obs, was, now) -> styleCounter());
        vm.stateProperty().addListener((obs, was, now) -> styleState());
        styleCounter();
        styleState();

        vm.posterProperty().addListener((obs, was, now) -> showPoster(now));
        vm.nextPosterProperty().addListener((obs, was, now) -> video.preload(videoFor(now)));
        showPoster(vm.posterProperty().get());
        video.preload(videoFor(vm.nextPosterProperty().get()));
        vm.stripProperty().addListener((ListChangeListener<StripEntry>) change -> showStrip());
        showStrip();
    }

    private void setupKeys() {
        root.setFocusTraversable(true);
        root.sceneProperty().addListener((obs, was, now) -> {
            if (now != null) {
                root.requestFocus();
            }
        });
        root.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            switch (e.getCode()) {
                case PAGE_DOWN -> vm.next();
                case PAGE_UP -> vm.previous();
                case B, PERIOD -> vm.togglePause();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private void styleCounter() {
        counter.getStyleClass().removeAll("reps", "warning");
        if (vm.repCounterProperty().get()) {
            counter.getStyleClass().add("reps");
        } else if (vm.warningProperty().get() > 0) {
            counter.getStyleClass().add("warning");
        }
    }

    private void styleState() {
        root.getStyleClass().removeAll("not-started", "running", "paused", "finished");
        root.getStyleClass().add(vm.stateProperty().get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    private void showPoster(PosterKey key) {
        video.show(videoFor(key), key == null ? null : posters.posterFor(key.exerciseId(), key.level()));
    }

    private Path videoFor(PosterKey key) {
        return key == null ? null : videos.videoFor(key.exerciseId(), key.level());
    }

    private void showStrip() {
        strip.show(vm.stripProperty());
    }

    private static Label label(String id, String styleClass) {
        Label l = new Label();
        l.setId(id);
        l.getStyleClass().add(styleClass);
        return l;
    }
}
