package org.backclass.ui.player;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.backclass.domain.feedback.CountdownTones;
import org.backclass.session.ClassRunner;
import org.backclass.session.ClassSummary;
import org.backclass.session.CommandResult;
import org.backclass.session.RunnerSnapshot;
import org.backclass.session.SessionPlan;
import org.backclass.session.Timeline;
import org.backclass.ui.support.Messages;

/**
 * The class player: owns a {@link ClassRunner} for one class and renders its
 * {@link RunnerSnapshot}s into read-only properties the {@link PlayerView} binds to, and into
 * countdown tones ({@link ToneCues} says when). Commands are verbs for the instructor's buttons
 * and clicker; {@link #tick()} is called a few times a second by the view's animation timer. Uses JavaFX properties only, no toolkit, so it is tested with
 * plain JUnit and a fake time source.
 *
 * <p><b>Threading.</b> Not thread-safe: the ViewModel and its runner belong to the FX thread.
 * Every method, command and {@link #tick()} must be called there; input from other threads (a
 * GPIO button) must be handed over through {@code FxThread} first.
 */
public final class PlayerViewModel {

    /** How long each coaching cue stays on screen, in step time. */
    static final Duration CUE_PERIOD = Duration.ofSeconds(8);

    private final ClassRunner runner;
    private final CueSource cues;
    private final PlayerTexts texts;
    private final ToneCues toneCues;

    private final ReadOnlyStringWrapper exerciseName = new ReadOnlyStringWrapper(this, "exerciseName", "");
    private final ReadOnlyStringWrapper kindText = new ReadOnlyStringWrapper(this, "kindText", "");
    private final ReadOnlyStringWrapper counterText = new ReadOnlyStringWrapper(this, "counterText", "");
    private final ReadOnlyBooleanWrapper repCounter = new ReadOnlyBooleanWrapper(this, "repCounter", false);
    private final ReadOnlyStringWrapper setText = new ReadOnlyStringWrapper(this, "setText", "");
    private final ReadOnlyStringWrapper sideText = new ReadOnlyStringWrapper(this, "sideText", "");
    private final ReadOnlyIntegerWrapper warning = new ReadOnlyIntegerWrapper(this, "warning", 0);
    private final ReadOnlyStringWrapper cueText = new ReadOnlyStringWrapper(this, "cueText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper nextUpText = new ReadOnlyStringWrapper(this, "nextUpText", "");
    private final ReadOnlyObjectWrapper<PlayerState> state =
            new ReadOnlyObjectWrapper<>(this, "state", PlayerState.NOT_STARTED);
    private final ReadOnlyStringWrapper toggleText = new ReadOnlyStringWrapper(this, "toggleText", "");
    private final ReadOnlyObjectWrapper<PosterKey> poster = new ReadOnlyObjectWrapper<>(this, "poster", null);
    private final ReadOnlyObjectWrapper<PosterKey> nextPoster = new ReadOnlyObjectWrapper<>(this, "nextPoster", null);
    private final ReadOnlyListWrapper<StripEntry> strip =
            new ReadOnlyListWrapper<>(this, "strip", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<ClassSummary> summary = new ReadOnlyObjectWrapper<>(this, "summary", null);
    private final ReadOnlyIntegerWrapper stepNumber = new ReadOnlyIntegerWrapper(this, "stepNumber", 0);

    private long renderedVersion = -1;

    /**
     * @param plan           the class to lead (participants included)
     * @param monotonicNanos the runner's time source: {@code System::nanoTime} in production
     * @param messages       texts in the kiosk's language
     * @param cues           coaching cues per exercise id
     * @param tones          the 3-2-1 and go tones ({@link CountdownTones#NONE} for silence)
     */
    public PlayerViewModel(SessionPlan plan, LongSupplier monotonicNanos, Messages messages, CueSource cues,
            CountdownTones tones) {
        this.runner = new ClassRunner(Timeline.of(Objects.requireNonNull(plan, "plan")), monotonicNanos);
        this.cues = Objects.requireNonNull(cues, "cues");
        this.texts = new PlayerTexts(Objects.requireNonNull(messages, "messages"));
        this.toneCues = new ToneCues(tones);
        render(runner.snapshot());
    }

    // --- commands ---

    /** Starts the class; ignored once started. */
    public CommandResult start() {
        return apply(runner.start());
    }

    /** Starts a class not yet started, pauses a running one, resumes a paused one. */
    public CommandResult togglePause() {
        return switch (runner.state()) {
            case NOT_STARTED -> start();
            case RUNNING -> apply(runner.pause());
            default -> apply(runner.resume());
        };
    }

    public CommandResult next() {
        return apply(runner.next());
    }

    public CommandResult previous() {
        return apply(runner.previous());
    }

    public CommandResult addThirtySeconds() {
        return apply(runner.extend());
    }

    public CommandResult endEarly() {
        return apply(runner.endEarly());
    }

    /** Brings the runner up to the present and re-renders if anything changed. */
    public void tick() {
        render(runner.tick());
    }

    // --- properties ---

    public ReadOnlyStringProperty exerciseNameProperty() {
        return exerciseName.getReadOnlyProperty();
    }

    /** Work, rest, switch sides or education, as a short label. */
    public ReadOnlyStringProperty kindTextProperty() {
        return kindText.getReadOnlyProperty();
    }

    /** The big number: {@code m:ss} left for countdown steps, "rep 4 of 10" for rep work. */
    public ReadOnlyStringProperty counterTextProperty() {
        return counterText.getReadOnlyProperty();
    }

    /** True while {@link #counterTextProperty()} is a rep counter. */
    public ReadOnlyBooleanProperty repCounterProperty() {
        return repCounter.getReadOnlyProperty();
    }

    /** "Set 2 of 3", or empty outside an exercise's sets. */
    public ReadOnlyStringProperty setTextProperty() {
        return setText.getReadOnlyProperty();
    }

    /** "Left side" / "Right side", or empty. */
    public ReadOnlyStringProperty sideTextProperty() {
        return sideText.getReadOnlyProperty();
    }

    /** 3, 2, 1 in the last seconds of a countdown step, else 0. */
    public ReadOnlyIntegerProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty cueTextProperty() {
        return cueText.getReadOnlyProperty();
    }

    /** 0..1 through the class. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty nextUpTextProperty() {
        return nextUpText.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PlayerState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The label of the start/pause/resume button. */
    public ReadOnlyStringProperty toggleTextProperty() {
        return toggleText.getReadOnlyProperty();
    }

    /** The exercise and group level to show a poster for; null between exercises. */
    public ReadOnlyObjectProperty<PosterKey> posterProperty() {
        return poster.getReadOnlyProperty();
    }

    /** The exercise and group level of the next-up step (for preloading its demo); null if none. */
    public ReadOnlyObjectProperty<PosterKey> nextPosterProperty() {
        return nextPoster.getReadOnlyProperty();
    }

    /** Each participant's short name and own level for the current exercise; empty between exercises. */
    public ReadOnlyListProperty<StripEntry> stripProperty() {
        return strip.getReadOnlyProperty();
    }

    /** The record of the class once it is over (finished or ended early), else null. */
    public ReadOnlyObjectProperty<ClassSummary> summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public Optional<ClassSummary> summary() {
        return Optional.ofNullable(summary.get());
    }

    /** 1-based number of the step on screen; changes when a step begins (by time or command). */
    public ReadOnlyIntegerProperty stepNumberProperty() {
        return stepNumber.getReadOnlyProperty();
    }

    /** The record as it would read if the class ended now (see {@link ClassRunner#summarySoFar()}). */
    public Optional<ClassSummary> summarySoFar() {
        return runner.summarySoFar();
    }

    // --- rendering ---

    private CommandResult apply(CommandResult result) {
        render(runner.snapshot());
        return result;
    }

    private void render(RunnerSnapshot s) {
        if (s.version() == renderedVersion) {
            return;
        }
        renderedVersion = s.version();
        toneCues.rendered(s);
        PlayerState now = PlayerTexts.stateOf(s.state());
        state.set(now);
        toggleText.set(texts.toggle(now));
        progress.set(s.progress());
        stepNumber.set(s.stepNumber());
        warning.set(s.warning());
        exerciseName.set(texts.title(s));
        kindText.set(texts.kind(s));
        counterText.set(texts.counter(s));
        repCounter.set(s.current().map(step -> step.isRepWork()).orElse(false));
        setText.set(texts.set(s));
        sideText.set(texts.side(s));
        nextUpText.set(texts.nextUp(s));
        cueText.set(cue(s));
        poster.set(s.current().flatMap(step -> step.exercise())
                .map(ref -> new PosterKey(ref.exerciseId(), ref.groupLevel())).orElse(null));
        nextPoster.set(s.state().isOver() ? null : s.nextUp().flatMap(step -> step.exercise())
                .map(ref -> new PosterKey(ref.exerciseId(), ref.groupLevel())).orElse(null));
        List<StripEntry> entries = s.participants().stream()
                .map(p -> new StripEntry(ShortNames.of(p.shortName()), p.level())).toList();
        if (!entries.equals(strip.get())) {
            strip.setAll(entries);
        }
        if (s.state().isOver() && summary.get() == null) {
            summary.set(runner.summary().orElse(null));
        }
    }

    private String cue(RunnerSnapshot s) {
        if (s.state().isOver()) {
            return "";
        }
        Optional<String> talk = s.current().flatMap(step -> step.topic()).map(topic -> topic.text())
                .filter(text -> !text.isBlank());
        if (talk.isPresent()) {
            // An education moment shows its few sentences for the whole step, not in rotation.
            return talk.get();
        }
        List<String> list = s.current()
                .flatMap(step -> step.exercise().map(ref -> ref.exerciseId()).or(() -> step.topicId()))
                .map(cues::cuesFor).orElse(List.of());
        if (list.isEmpty()) {
            return "";
        }
        long elapsed = s.stepLength().minus(s.remaining()).toNanos();
        return list.get((int) ((elapsed / CUE_PERIOD.toNanos()) % list.size()));
    }
}
