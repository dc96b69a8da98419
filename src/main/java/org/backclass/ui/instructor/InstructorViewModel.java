package org.backclass.ui.instructor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import org.backclass.domain.checkin.RosterEntry;
import org.backclass.domain.programme.Programme;
import org.backclass.domain.staff.ActedBy;
import org.backclass.domain.progress.review.ReviewableSession;
import org.backclass.domain.progress.adherence.Adherence;
import org.backclass.domain.timetable.ClassSession;
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.session.Participant;
import org.backclass.session.SessionPlan;
import org.backclass.session.SessionPlans;
import org.backclass.ui.player.MediaCheck;
import org.backclass.ui.player.MediaProblem;
import org.backclass.ui.player.MediaProblems;
import org.backclass.ui.support.TimeText;
import org.backclass.ui.support.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The instructor's home: today's open classes, each with its roster (short names and today's
 * pain answer — health data, shown only here), starting a class, and the last closed class whose
 * level proposals can be reviewed. It knows who unlocked instructor mode (a staff card, or the
 * PIN), because that is who decides on levels.
 *
 * <p>Threading: UI thread only. Timetable and rosters are read on the background executor; the
 * result comes back through the UI executor. {@link #clear()} forgets everything, and a load
 * still running when it is called is dropped.
 */
public final class InstructorViewModel {

    /** Loading state of the class list. */
    public enum State { LOADING, READY, UNAVAILABLE }

    private static final Logger LOG = LoggerFactory.getLogger(InstructorViewModel.class);

    private final UiContext ctx;
    private final TimetableStore timetable;
    private final InstructorServices services;
    private final BiConsumer<UUID, SessionPlan> onStart;
    private final MediaProblems mediaProblems;
    private final ReadOnlyListWrapper<TodaysClass> classes =
            new ReadOnlyListWrapper<>(this, "classes", FXCollections.observableArrayList());
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final RosterViewModel roster;
    private final ReadOnlyObjectWrapper<ReviewableSession> reviewable =
            new ReadOnlyObjectWrapper<>(this, "reviewable", null);
    private ActedBy unlockedBy;
    private int generation;

    /**
     * @param mediaProblems where missing demo media of today's programmes are reported (and shown)
     * @param onStart       told the class session and its plan when the instructor starts a class
     */
    public InstructorViewModel(UiContext ctx, TimetableStore timetable, InstructorServices services,
            MediaProblems mediaProblems, BiConsumer<UUID, SessionPlan> onStart) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.timetable = Objects.requireNonNull(timetable, "timetable");
        this.services = Objects.requireNonNull(services, "services");
        this.onStart = Objects.requireNonNull(onStart, "onStart");
        this.mediaProblems = Objects.requireNonNull(mediaProblems, "mediaProblems");
        this.roster = new RosterViewModel(ctx, services.progress().redFlags(), this::load);
    }

    /** Opening a member's line and clearing red flags on the roster. */
    public RosterViewModel roster() {
        return roster;
    }

    /** A member's levels for the roster line, in the kiosk's language. */
    public RosterLevels levelsOf(TodaysClass todays, UUID memberId) {
        return RosterLevels.of(todays.levelsOf(memberId), services.programme(todays.session().programmeId())
                .orElse(null), services.catalogue(), ctx.messages());
    }

    /** The site's green/amber/red pain thresholds, for the roster's colours. */
    public org.backclass.domain.progress.progression.ProgressionRules painZones() {
        return services.progress().painZones();
    }

    /** Demo media that could not be shown or are missing, for the instructor to have replaced. */
    public ReadOnlyListProperty<MediaProblem> mediaProblemsProperty() {
        return mediaProblems.problemsProperty();
    }

    public ReadOnlyListProperty<TodaysClass> classesProperty() {
        return classes.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The closed class whose level proposals "Review levels" opens; null when there is none. */
    public ReadOnlyObjectProperty<ReviewableSession> reviewableProperty() {
        return reviewable.getReadOnlyProperty();
    }

    /** Instructor mode was unlocked, by a staff card or the PIN: they decide on levels until {@link #lock()}. */
    public void unlock(ActedBy by) {
        unlockedBy = Objects.requireNonNull(by, "by");
        roster.unlockedBy(by);
    }

    /** Instructor mode is left: nobody decides any more. */
    public void lock() {
        unlockedBy = null;
    }

    /** Who unlocked instructor mode; null while it is locked. */
    public ActedBy unlockedBy() {
        return unlockedBy;
    }

    /** Reads today's classes and rosters off the UI thread. */
    public void load() {
        int mine = ++generation;
        state.set(State.LOADING);
        classes.clear();
        reviewable.set(null);
        LocalDate today = LocalDate.now(ctx.clock());
        try {
            ctx.background().execute(() -> {
                List<TodaysClass> loaded;
                try {
                    loaded = read(today);
                } catch (RuntimeException e) {
                    LOG.warn("Today's classes for the instructor could not be read", e);
                    ctx.ui().execute(() -> failed(mine));
                    return;
                }
                ReviewableSession toReview = lastClosed();
                List<MediaProblem> missing = missingMedia(loaded);
                ctx.ui().execute(() -> {
                    List<MediaProblem> fresh = missing.stream().filter(mediaProblems::report).toList();
                    if (!fresh.isEmpty()) {
                        // Once per file: the list keeps them, every later load finds them again.
                        LOG.warn("{} demo media files of today's classes are missing from {}: {}", fresh.size(),
                                services.mediaDir(), fresh);
                    }
                    loaded(mine, loaded, toReview);
                });
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            LOG.debug("Background executor stopped; no instructor load");
        }
    }

    /** Background thread. */
    private List<TodaysClass> read(LocalDate today) {
        List<TodaysClass> out = new ArrayList<>();
        List<ClassSession> sessions = new ArrayList<>(timetable.sessionsOn(today));
        sessions.sort(Comparator.comparing(ClassSession::startsAt));
        for (ClassSession s : sessions) {
            if (s.closed()) {
                continue;
            }
            List<RosterEntry> roster = services.roster().roster(s.id());
            Map<UUID, Map<String, Integer>> levels = new HashMap<>();
            roster.forEach(e -> levels.put(e.memberId(), services.classResults().currentLevels(e.memberId())));
            ProgressServices progress = services.progress();
            List<UUID> ids = roster.stream().map(RosterEntry::memberId).toList();
            Map<UUID, Adherence> adherence = progress.adherence() == null || ids.isEmpty() ? Map.of()
                    : progress.adherence().forMembers(ids, today);
            java.util.Set<UUID> redFlags = progress.redFlags() == null || ids.isEmpty() ? java.util.Set.of()
                    : progress.redFlags().openFor(ids);
            out.add(new TodaysClass(s, TimeText.hoursMinutes(s.startsAt(), ctx.clock().getZone()), roster, levels,
                    adherence, redFlags,
                    services.programme(s.programmeId()).isPresent()));
        }
        return out;
    }

    /** Background thread: the class to review levels after, or null (also when it cannot be read). */
    private ReviewableSession lastClosed() {
        if (services.progress().proposals() == null) {
            return null;
        }
        try {
            return services.progress().proposals().lastClosedSession().orElse(null);
        } catch (RuntimeException e) {
            LOG.warn("The last closed class could not be read; no level review offered", e);
            return null;
        }
    }

    /** Background thread: the demo files today's programmes need that are not in media/. */
    private List<MediaProblem> missingMedia(List<TodaysClass> todays) {
        List<MediaProblem> out = new ArrayList<>();
        todays.stream().map(t -> t.session().programmeId()).distinct()
                .flatMap(id -> services.programme(id).stream())
                .forEach(p -> out.addAll(MediaCheck.missing(p, services.catalogue(), services.mediaDir())));
        return out;
    }

    private void loaded(int mine, List<TodaysClass> loaded, ReviewableSession toReview) {
        if (mine == generation) {
            classes.setAll(loaded);
            reviewable.set(toReview);
            state.set(State.READY);
        }
    }

    private void failed(int mine) {
        if (mine == generation) {
            classes.clear();
            state.set(State.UNAVAILABLE);
        }
    }

    /**
     * Builds the class from its programme, with everyone who tapped in at the levels they last
     * worked at (the exercise's first level when they have none), and hands it on.
     */
    public void start(TodaysClass todays) {
        Programme programme = services.programme(todays.session().programmeId()).orElse(null);
        if (programme == null) {
            LOG.warn("Class {} has no known programme; not started", todays.session().id());
            return;
        }
        List<Participant> participants = todays.roster().stream()
                .map(e -> new Participant(e.memberId(), e.shortName(), todays.levelsOf(e.memberId())))
                .toList();
        SessionPlan plan = SessionPlans.fromProgramme(programme, services.catalogue(), ctx.messages().locale(),
                participants);
        onStart.accept(todays.session().id(), plan);
    }

    /** Forgets every class and roster (leaving this screen); who unlocked stays until {@link #lock()}. */
    public void clear() {
        generation++;
        roster.clear();
        classes.clear();
        reviewable.set(null);
        state.set(State.LOADING);
    }
}
