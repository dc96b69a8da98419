package org.backclass.ui.mine;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backclass.domain.progress.mine.MyCourse;
import org.backclass.ui.support.UiContext;
import org.backclass.ui.support.UiTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A member's own progress on the kiosk: their pain before and after each session of the course,
 * the days they came, their exercise levels and one plain sentence about how their back has
 * changed. Shown only after the member's own tap, and all of it personal: {@link #clear()}
 * empties every property, and the kiosk calls it whenever it leaves the screen.
 *
 * <p>Threading: UI thread. The course is read on the background executor; a result that comes
 * back after the screen was cleared or moved to another member is dropped.
 */
public final class MyProgressViewModel {

    /** EMPTY: nothing shown; LOADING: "Loading…"; READY: the page; FAILED: a calm "not now". */
    public enum State { EMPTY, LOADING, READY, FAILED }

    private static final Logger LOG = LoggerFactory.getLogger(MyProgressViewModel.class);

    private final UiContext ctx;
    private final UiTasks tasks;
    private final MyProgressServices services;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.EMPTY);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyObjectWrapper<MyProgressPage> page = new ReadOnlyObjectWrapper<>(this, "page", null);
    /** The load whose result may still be shown; null when none. */
    private Object current;

    public MyProgressViewModel(UiContext ctx, MyProgressServices services) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.tasks = new UiTasks(ctx);
        this.services = Objects.requireNonNull(services, "services");
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The member's short name ("Anna K."); empty when cleared. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** What the screen shows once loaded; null while loading, after a failure, and when cleared. */
    public ReadOnlyObjectProperty<MyProgressPage> pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** Shows this member's progress, replacing whatever was shown: "Loading…" first, then the page. */
    public void load(UUID memberId, String shortName) {
        Objects.requireNonNull(memberId, "memberId");
        clear();
        Object mine = new Object();
        current = mine;
        name.set(Objects.requireNonNull(shortName, "shortName"));
        state.set(State.LOADING);
        LocalDate today = LocalDate.now(ctx.clock());
        AtomicReference<MyProgressPage> loaded = new AtomicReference<>();
        tasks.run(() -> {
            MyCourse course = services.queries().forMember(memberId, today)
                    .orElseThrow(() -> new IllegalStateException("member " + memberId + " is no longer on file"));
            loaded.set(MyProgressPages.build(course, today, services, ctx.messages()));
        }, () -> current == mine, () -> {
            page.set(loaded.get());
            state.set(State.READY);
        }, e -> failed(mine, memberId, e));
    }

    private void failed(Object load, UUID memberId, RuntimeException e) {
        // Never the page itself in the log: it holds health data.
        LOG.warn("The progress of member {} could not be read", memberId, e);
        if (current == load) {
            state.set(State.FAILED);
        }
    }

    /** Forgets everything personal; a load still running is dropped when it comes back. */
    public void clear() {
        current = null;
        page.set(null);
        name.set("");
        state.set(State.EMPTY);
    }
}
