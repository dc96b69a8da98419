package org.backclass.ui.idle;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.ui.support.TimeText;
import org.backclass.ui.support.Timers.TimerHandle;
import org.backclass.ui.support.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The idle screen: a ticking clock, today's remaining classes and a rotating tip.
 *
 * <p>Threading: every method runs on the UI thread. The timetable is read on the background
 * executor and the result comes back through the UI executor; the UI thread never waits for
 * the database. At most one load runs at a time; asks made meanwhile are folded into one
 * more load after it.
 */
public final class IdleViewModel {

    /** Loading state of the class list. */
    public enum ClassesState { LOADING, READY, UNAVAILABLE }

    static final Duration TICK = Duration.ofSeconds(1);
    static final Duration REFRESH = Duration.ofMinutes(1);
    static final Duration TIP_PERIOD = Duration.ofSeconds(12);
    /** Latecomers still look for a class that began a few minutes ago. */
    static final Duration SHOWN_AFTER_START = Duration.ofMinutes(15);
    /** What fits on the smallest screen (800 × 480). */
    static final int MAX_CLASSES = 5;

    private static final Logger LOG = LoggerFactory.getLogger(IdleViewModel.class);

    private final UiContext ctx;
    private final TimetableStore timetable;
    private final List<String> tips;
    private final ZoneId zone;

    private final ReadOnlyStringWrapper clockText = new ReadOnlyStringWrapper(this, "clockText", "");
    private final ReadOnlyStringWrapper tip = new ReadOnlyStringWrapper(this, "tip", "");
    private final ReadOnlyListWrapper<UpcomingClass> classes =
            new ReadOnlyListWrapper<>(this, "classes", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<ClassesState> classesState =
            new ReadOnlyObjectWrapper<>(this, "classesState", ClassesState.LOADING);

    private final List<TimerHandle> timers = new ArrayList<>();
    private List<ClassSession> sessions = List.of();
    private LocalDate sessionsDay;
    private boolean loading;
    private boolean reloadWanted;
    private int tipIndex;

    public IdleViewModel(UiContext ctx, TimetableStore timetable, List<String> tips) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.timetable = Objects.requireNonNull(timetable, "timetable");
        this.tips = List.copyOf(tips);
        this.zone = ctx.clock().getZone();
        tick();
        showTip();
    }

    public ReadOnlyStringProperty clockTextProperty() {
        return clockText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty tipProperty() {
        return tip.getReadOnlyProperty();
    }

    /** Today's classes from 15 minutes before now onwards, by start time, at most {@value #MAX_CLASSES}. */
    public ReadOnlyListProperty<UpcomingClass> classesProperty() {
        return classes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ClassesState> classesStateProperty() {
        return classesState.getReadOnlyProperty();
    }

    /** Starts the clock, the tip rotation and the minutely timetable refresh; loads the classes now. */
    public void start() {
        if (!timers.isEmpty()) {
            return;
        }
        tick();
        refreshClasses();
        timers.add(ctx.timers().every(TICK, this::tick));
        timers.add(ctx.timers().every(TIP_PERIOD, this::nextTip));
        timers.add(ctx.timers().every(REFRESH, this::refreshClasses));
    }

    /** Stops all timers; a load under way still completes. */
    public void stop() {
        timers.forEach(TimerHandle::cancel);
        timers.clear();
    }

    /** Reloads today's classes on the background executor. */
    public void refreshClasses() {
        if (loading) {
            reloadWanted = true;
            return;
        }
        loading = true;
        LocalDate day = today();
        try {
            ctx.background().execute(() -> load(day));
        } catch (RejectedExecutionException e) {
            LOG.warn("Cannot load today's classes: the background executor refused the work");
            loadFailed(e);
        }
    }

    /** Background thread. */
    private void load(LocalDate day) {
        try {
            List<ClassSession> loaded = List.copyOf(timetable.sessionsOn(day));
            ctx.ui().execute(() -> loaded(day, loaded));
        } catch (RuntimeException e) {
            ctx.ui().execute(() -> loadFailed(e));
        }
    }

    private void loaded(LocalDate day, List<ClassSession> loaded) {
        loading = false;
        sessions = loaded;
        sessionsDay = day;
        classesState.set(ClassesState.READY);
        updateClasses();
        reloadIfWanted();
    }

    private void loadFailed(RuntimeException e) {
        loading = false;
        if (classesState.get() != ClassesState.UNAVAILABLE) {
            LOG.warn("Could not load today's classes for the idle screen", e);
        }
        // Slightly old classes of today beat an empty list; yesterday's do not.
        if (!today().equals(sessionsDay)) {
            sessions = List.of();
            classesState.set(ClassesState.UNAVAILABLE);
        }
        updateClasses();
        reloadIfWanted();
    }

    private void reloadIfWanted() {
        if (reloadWanted) {
            reloadWanted = false;
            refreshClasses();
        }
    }

    private void tick() {
        Instant now = ctx.clock().instant();
        clockText.set(TimeText.hoursMinutes(now, zone));
        updateClasses();
    }

    private void updateClasses() {
        Instant now = ctx.clock().instant();
        Instant cutoff = now.minus(SHOWN_AFTER_START);
        List<UpcomingClass> shown = today().equals(sessionsDay)
                ? sessions.stream()
                        .filter(s -> !s.startsAt().isBefore(cutoff))
                        .sorted(Comparator.comparing(ClassSession::startsAt))
                        .limit(MAX_CLASSES)
                        .map(s -> new UpcomingClass(s.className(), TimeText.hoursMinutes(s.startsAt(), zone),
                                s.room() == null ? "" : s.room(), !s.startsAt().isAfter(now)))
                        .toList()
                : List.of();
        // The clock ticks every second; only touch the list (and the view) when it changes.
        if (!shown.equals(classes.get())) {
            classes.setAll(shown);
        }
    }

    private void nextTip() {
        if (!tips.isEmpty()) {
            tipIndex = (tipIndex + 1) % tips.size();
        }
        showTip();
    }

    private void showTip() {
        tip.set(tips.isEmpty() ? "" : tips.get(tipIndex));
    }

    private LocalDate today() {
        return ctx.clock().instant().atZone(zone).toLocalDate();
    }
}
