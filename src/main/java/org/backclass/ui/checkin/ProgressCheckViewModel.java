package org.backclass.ui.checkin;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backclass.domain.progress.outcome.ActivityRating;
import org.backclass.domain.progress.outcome.DueCheck;
import org.backclass.domain.progress.outcome.OutcomeAnswer;
import org.backclass.domain.progress.outcome.OutcomeService;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.UiContext;
import org.backclass.ui.support.UiTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The progress check on the welcome screen, when one is due: back pain on average over the past
 * week (one tap), then — at the first check — three activities chosen with {@link ActivityPicker},
 * then each of the three rated 0–10 (one tap each). Later checks rate the same three again and
 * show them. "Not now" is there at every step and puts the check off to a tap on another day.
 * Everything shown is personal: {@link #clear()}.
 *
 * <p>Threading: UI thread. Whether a check is due, the answer and "Not now" are read and stored on
 * the background executor; a result that comes back after {@link #clear()} is dropped.
 */
public final class ProgressCheckViewModel {

    /** Where the check stands; NONE while no check is shown. */
    public enum Step { NONE, PAIN, CHOOSE, RATE, SAVING }

    /** How a check offered to the welcome screen ended. */
    enum Ending { NOT_DUE, SAVED, NOT_NOW, FAILED }

    public static final int NO_SCORE = -1;
    private static final Logger LOG = LoggerFactory.getLogger(ProgressCheckViewModel.class);

    private final UiContext ctx;
    private final UiTasks tasks;
    private final OutcomeService outcomes;
    private final ActivityPicker picker;
    private final ReadOnlyObjectWrapper<Step> step = new ReadOnlyObjectWrapper<>(this, "step", Step.NONE);
    private final ReadOnlyIntegerWrapper pain = new ReadOnlyIntegerWrapper(this, "pain", NO_SCORE);
    private final ObservableList<String> activities = FXCollections.observableArrayList();
    private final ObservableList<String> readOnlyActivities = FXCollections.unmodifiableObservableList(activities);
    private final ReadOnlyIntegerWrapper rating = new ReadOnlyIntegerWrapper(this, "rating", 0);
    private final ReadOnlyBooleanWrapper rerating = new ReadOnlyBooleanWrapper(this, "rerating", false);
    private final int[] scores = new int[OutcomeAnswer.ACTIVITIES];

    /** Identifies the check on the screen; replaced by {@link #clear()}, so late results are dropped. */
    private Object current;
    private UUID memberId;
    private DueCheck due;
    private Consumer<Ending> done;

    public ProgressCheckViewModel(UiContext ctx, OutcomeService outcomes) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.tasks = new UiTasks(ctx);
        this.outcomes = Objects.requireNonNull(outcomes, "outcomes");
        this.picker = new ActivityPicker(ctx.messages().locale());
    }

    public ReadOnlyObjectProperty<Step> stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The pain score tapped, or {@link #NO_SCORE}. */
    public ReadOnlyIntegerProperty painProperty() {
        return pain.getReadOnlyProperty();
    }

    public ActivityPicker picker() {
        return picker;
    }

    /** The three activities being rated, in order; empty before. */
    public ObservableList<String> activities() {
        return readOnlyActivities;
    }

    /** Which of {@link #activities()} is being rated now (0–2). */
    public ReadOnlyIntegerProperty ratingProperty() {
        return rating.getReadOnlyProperty();
    }

    /** True when the activities are those named at an earlier check. */
    public ReadOnlyBooleanProperty reratingProperty() {
        return rerating.getReadOnlyProperty();
    }

    /**
     * Looks up in the background whether a check is due for this member; if one is, shows it and
     * tells {@code opened}. {@code ended} hears how it ended: {@link Ending#NOT_DUE} at once when
     * none is due (or the lookup failed: the member is not held up for it).
     */
    void offer(UUID member, Runnable opened, Consumer<Ending> ended) {
        clear();
        Object offered = new Object();
        current = offered;
        memberId = member;
        done = ended;
        AtomicReference<Optional<DueCheck>> found = new AtomicReference<>(Optional.empty());
        tasks.run(() -> found.set(outcomes.due(member)), () -> current == offered, () -> {
            if (found.get().isEmpty()) {
                end(Ending.NOT_DUE);
                return;
            }
            start(found.get().get());
            opened.run();
        }, e -> {
            LOG.warn("Could not tell whether a progress check is due; not asking it this time", e);
            if (current == offered) {
                end(Ending.NOT_DUE);
            }
        });
    }

    private void start(DueCheck check) {
        due = check;
        rerating.set(!check.namesActivities());
        if (check.namesActivities()) {
            picker.reset(Arrays.stream(ctx.messages().get(MessageKey.OUTCOME_ACTIVITIES).split("\\|"))
                    .map(String::strip).toList());
        } else {
            activities.setAll(check.activities());
        }
        step.set(Step.PAIN);
    }

    /** Back pain on average over the past week, 0–10. */
    public void answerPain(int score) {
        checkScore(score);
        if (step.get() == Step.PAIN) {
            pain.set(score);
            if (due.namesActivities()) {
                step.set(Step.CHOOSE);
            } else {
                rate();
            }
        }
    }

    /** The three activities are chosen: on to rating them. */
    public void next() {
        if (step.get() == Step.CHOOSE && picker.complete() && !picker.typingProperty().get()) {
            activities.setAll(picker.chosen());
            rate();
        }
    }

    private void rate() {
        rating.set(0);
        step.set(Step.RATE);
    }

    /** How well the member can do the activity being rated, 0 (unable) to 10 (as before the back problem). */
    public void answerActivity(int score) {
        checkScore(score);
        if (step.get() != Step.RATE) {
            return;
        }
        scores[rating.get()] = score;
        if (rating.get() + 1 < activities.size()) {
            rating.set(rating.get() + 1);
            return;
        }
        save();
    }

    private void save() {
        Object saving = current;
        UUID member = memberId;
        List<ActivityRating> ratings = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            ratings.add(new ActivityRating(activities.get(i), scores[i]));
        }
        int painScore = pain.get();
        step.set(Step.SAVING);
        // The answers are health data: they never go into a log line.
        tasks.run(() -> outcomes.answer(member, due.timepoint(), painScore, ratings), () -> current == saving,
                () -> end(Ending.SAVED), e -> {
                    LOG.error("Could not save the progress check ({})", due.timepoint(), e);
                    if (current == saving) {
                        end(Ending.FAILED);
                    }
                });
    }

    /** Not now: the check comes again at a tap on another day (while its days last). */
    public void notNow() {
        Step now = step.get();
        if (now == Step.NONE || now == Step.SAVING) {
            return;
        }
        UUID member = memberId;
        var timepoint = due.timepoint();
        // Not waited for: if it is lost, the check is merely offered again today.
        tasks.run(() -> outcomes.notNow(member, timepoint), () -> false, () -> { },
                e -> LOG.warn("Could not record 'not now' for a progress check ({})", timepoint, e));
        end(Ending.NOT_NOW);
    }

    private void end(Ending ending) {
        Consumer<Ending> listener = done;
        clear();
        listener.accept(ending);
    }

    private static void checkScore(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("scores are 0-10, was " + score);
        }
    }

    /** Forgets the check: nothing of it stays on the screen, and results still on their way are dropped. */
    void clear() {
        current = null;
        memberId = null;
        due = null;
        done = null;
        step.set(Step.NONE);
        pain.set(NO_SCORE);
        activities.clear();
        rating.set(0);
        rerating.set(false);
        Arrays.fill(scores, 0);
        picker.clear();
    }
}
