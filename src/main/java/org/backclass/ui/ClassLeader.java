package org.backclass.ui;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backclass.domain.programme.Programme;
import org.backclass.session.ClassSummary;
import org.backclass.session.Participant;
import org.backclass.session.SessionPlan;
import org.backclass.session.SessionPlans;
import org.backclass.ui.instructor.InstructorServices;
import org.backclass.ui.player.CataloguePlayerContent;
import org.backclass.ui.player.PlayerViewModel;
import org.backclass.ui.support.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Leads one class or individual routine at a time: builds its player, keeps track of how far it
 * got, and stores its record when it ends (or when the kiosk stops in the middle of it).
 *
 * <p>Threading: UI thread, except {@link #saveRunningClass()}, which the shutdown calls on its own
 * thread. Levels are read and records stored on the background executor.
 */
final class ClassLeader {

    private static final Logger LOG = LoggerFactory.getLogger(ClassLeader.class);

    private final UiContext ctx;
    private final InstructorServices services;
    private final Runnable onStarted;
    private final BiConsumer<UUID, Set<UUID>> onOver;
    private final ReadOnlyObjectWrapper<PlayerViewModel> player = new ReadOnlyObjectWrapper<>(this, "player", null);
    private CataloguePlayerContent playerContent;
    /** Read by the shutdown thread. */
    private volatile RunningClass running;

    /**
     * @param onStarted told when the player is ready to take the screen
     * @param onOver    told the class session (null for a routine) and its members when the class is
     *                  over and its record stored (or failed to be)
     */
    ClassLeader(UiContext ctx, InstructorServices services, Runnable onStarted, BiConsumer<UUID, Set<UUID>> onOver) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.services = Objects.requireNonNull(services, "services");
        this.onStarted = Objects.requireNonNull(onStarted, "onStarted");
        this.onOver = Objects.requireNonNull(onOver, "onOver");
    }

    /** The class being led, or null. */
    ReadOnlyObjectProperty<PlayerViewModel> playerProperty() {
        return player.getReadOnlyProperty();
    }

    /** Cues, posters and clips of the class being led; null when none runs. */
    CataloguePlayerContent playerContent() {
        return playerContent;
    }

    /** True when members without a class can start their own routine. */
    boolean offersRoutines() {
        return services.routine().isPresent();
    }

    /** Leads today's class session with this plan. */
    void startClass(UUID sessionId, SessionPlan plan) {
        start(new RunningClass(sessionId), plan);
    }

    /**
     * Leads a member with no class through the individual programme at the levels they last
     * worked at. The levels are read off the UI thread; nothing starts if {@code stillWanted}
     * says the screen has moved on meanwhile.
     */
    void startRoutine(UUID memberId, String shortName, BooleanSupplier stillWanted) {
        Programme routine = services.routine().orElseThrow();
        ctx.background().execute(() -> {
            Map<String, Integer> levels;
            try {
                levels = services.classResults().currentLevels(memberId);
            } catch (RuntimeException e) {
                LOG.warn("Levels of member {} could not be read; the routine starts at first levels", memberId, e);
                levels = Map.of();
            }
            Map<String, Integer> theirs = levels;
            ctx.ui().execute(() -> {
                if (!stillWanted.getAsBoolean()) {
                    return;
                }
                SessionPlan plan = SessionPlans.fromProgramme(routine, services.catalogue(), ctx.messages().locale(),
                        List.of(new Participant(memberId, shortName, theirs)));
                LOG.info("Member {} starts the routine {}", memberId, routine.id());
                start(new RunningClass(null), plan);
            });
        });
    }

    private void start(RunningClass thisClass, SessionPlan plan) {
        playerContent = new CataloguePlayerContent(services.catalogue(), ctx.messages().locale(), services.mediaDir());
        PlayerViewModel vm = new PlayerViewModel(plan, services.nanos(), ctx.messages(), playerContent,
                services.tones());
        vm.stepNumberProperty().addListener((obs, was, now) -> vm.summarySoFar().ifPresent(thisClass::progressed));
        vm.summaryProperty().addListener((obs, was, summary) -> {
            if (summary != null) {
                thisClass.progressed(summary);
                over(thisClass, vm, summary, plan.participants().stream().map(p -> p.memberId())
                        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
            }
        });
        running = thisClass;
        player.set(vm);
        onStarted.run();
        vm.start();
    }

    /** Stores the record off the UI thread, then tells {@code onOver} unless another class took over. */
    private void over(RunningClass thisClass, PlayerViewModel vm, ClassSummary summary, Set<UUID> members) {
        ctx.background().execute(() -> {
            try {
                if (thisClass.store(services.classResults(), ctx.clock().instant(), summary)) {
                    LOG.info("{} stored: {} exercises", thisClass, summary.exercises().size());
                }
            } catch (RuntimeException e) {
                LOG.error("The results of {} could not be stored", thisClass, e);
            }
            ctx.ui().execute(() -> {
                if (player.get() == vm) {
                    onOver.accept(thisClass.sessionId(), members);
                }
            });
        });
    }

    /**
     * Stores how far the running class got, if one runs — for the kiosk stopping in the middle of
     * a class. Blocks on the database: call off the FX thread, before the database closes.
     */
    void saveRunningClass() {
        RunningClass thisClass = running;
        if (thisClass != null && thisClass.storeLatest(services.classResults(), ctx.clock().instant())) {
            LOG.warn("The kiosk stopped during {}: stored what was done so far", thisClass);
        }
    }

    /** Lets go of the player (the screen has left it). */
    void clear() {
        player.set(null);
        playerContent = null;
        running = null;
    }
}
