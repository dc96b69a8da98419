package org.backclass.ui;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.backclass.domain.checkin.CheckInFailed;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.redflag.RedFlagRaised;
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.ui.checkin.PainState;
import org.backclass.ui.checkin.WelcomeViewModel;
import org.backclass.ui.idle.IdleViewModel;
import org.backclass.ui.instructor.InstructorServices;
import org.backclass.ui.mine.MyProgressOffer;
import org.backclass.ui.mine.MyProgressServices;
import org.backclass.ui.mine.MyProgressViewModel;
import org.backclass.ui.player.PlayerViewModel;
import org.backclass.ui.support.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's screens and what a tap leads to. Where the screen goes and how it is kept private
 * is {@link ScreenNavigator}'s job; instructor mode is {@link InstructorScreens}.
 *
 * <p>A member's own screens (welcome, "already checked in") offer "My progress" once their
 * questions are done; their progress is shown only after that tap of theirs and cleared like every
 * other personal screen.
 *
 * <p>Threading: UI thread only; kiosk events reach {@link #handle} after their one hop.
 */
final class KioskViewModel {

    /** The kiosk's screens. */
    enum Screen { IDLE, WELCOME, ALREADY_CHECKED_IN, UNKNOWN_CARD, CHECK_IN_FAILED, PIN, INSTRUCTOR, ENROL, PLAYER,
        AFTER_CLASS, MY_PROGRESS }

    /** The welcome offers "My progress" only once nothing more is asked there. */
    private static final Set<PainState> QUESTIONS_DONE = EnumSet.of(PainState.THANKS, PainState.SKIPPED,
            PainState.NO_QUESTIONS);

    private static final Logger LOG = LoggerFactory.getLogger(KioskViewModel.class);

    private final ScreenNavigator screens;
    private final IdleViewModel idle;
    private final WelcomeViewModel welcome;
    private final CheckInNotices notices;
    private final InstructorScreens instructorMode;
    private final ReadOnlyObjectWrapper<PlayerViewModel> noPlayer = new ReadOnlyObjectWrapper<>(this, "player", null);
    private final MyProgressOffer progressOffer = new MyProgressOffer(this::openMyProgress);
    private final MyProgressViewModel myProgress;
    private final BooleanBinding questionsDone;
    private final ObservableBooleanValue always = new ReadOnlyBooleanWrapper(true);

    /** Without "My progress". */
    KioskViewModel(UiContext ctx, TimetableStore timetable, PainReportService painReports, Duration idleTimeout,
            InstructorServices instructorServices) {
        this(ctx, timetable, painReports, idleTimeout, instructorServices, null);
    }

    /**
     * @param instructorServices null: no instructor mode
     * @param myProgress         null: members are not offered their progress
     */
    KioskViewModel(UiContext ctx, TimetableStore timetable, PainReportService painReports, Duration idleTimeout,
            InstructorServices instructorServices, MyProgressServices myProgress) {
        Objects.requireNonNull(ctx, "ctx");
        this.screens = new ScreenNavigator(ctx.timers(), idleTimeout);
        this.idle = new IdleViewModel(ctx, timetable, ctx.messages().tips());
        this.notices = new CheckInNotices(ctx);
        this.instructorMode = instructorServices == null ? null
                : new InstructorScreens(ctx, timetable, instructorServices, screens, idle::refreshClasses);
        this.welcome = new WelcomeViewModel(ctx, painReports, this::welcomeFinished,
                instructorMode != null && instructorMode.offersRoutines() ? this::startRoutine : null);
        this.myProgress = myProgress == null ? null : new MyProgressViewModel(ctx, myProgress);
        this.questionsDone = Bindings.createBooleanBinding(
                () -> QUESTIONS_DONE.contains(welcome.painStateProperty().get()), welcome.painStateProperty());
        screens.clearsPersonalData(this::clearMemberScreens);
    }

    /** Instructor mode's screens; null without instructor mode. */
    InstructorScreens instructorMode() {
        return instructorMode;
    }

    /** The class being led, or null. */
    ReadOnlyObjectProperty<PlayerViewModel> playerProperty() {
        return instructorMode == null ? noPlayer.getReadOnlyProperty() : instructorMode.playerProperty();
    }

    /** See {@link ClassLeader#saveRunningClass()}: any thread but the FX thread. */
    void saveRunningClass() {
        if (instructorMode != null) {
            instructorMode.saveRunningClass();
        }
    }

    ReadOnlyObjectProperty<Screen> screenProperty() {
        return screens.screenProperty();
    }

    IdleViewModel idle() {
        return idle;
    }

    WelcomeViewModel welcome() {
        return welcome;
    }

    /** Already checked in, unknown card, check-in failed. */
    CheckInNotices notices() {
        return notices;
    }

    /** The "My progress" button on the member's own screens. */
    MyProgressOffer progressOffer() {
        return progressOffer;
    }

    /** The member's own progress; null when the kiosk does not offer it. */
    MyProgressViewModel myProgress() {
        return myProgress;
    }

    /** Reacts to a kiosk event; a new tap always replaces what is shown (except an ignored repeat). */
    void handle(KioskEvent event) {
        if (screens.showing(Screen.PLAYER)) {
            // A class is running: the tap is stored, but the class keeps the screen.
            LOG.debug("{} during a class: the player keeps the screen", event.getClass().getSimpleName());
            return;
        }
        switch (event) {
            case CheckInOutcome.CheckedIn checkedIn -> {
                screens.show(Screen.WELCOME, () -> {
                    welcome.show(checkedIn);
                    offerProgress(checkedIn.attendance().memberId(), checkedIn.shortName(), questionsDone);
                });
                idle.refreshClasses();
            }
            case CheckInOutcome.AlreadyCheckedIn again -> screens.show(Screen.ALREADY_CHECKED_IN, () -> {
                notices.showAlready(again);
                offerProgress(again.memberId(), again.shortName(), always);
            });
            case CheckInOutcome.UnknownCard unknown -> screens.show(Screen.UNKNOWN_CARD, notices::showUnknownCard);
            case CheckInOutcome.StaffCard staff -> {
                if (instructorMode == null) {
                    LOG.info("A staff card was tapped, but this kiosk has no instructor mode");
                    return;
                }
                instructorMode.openForStaffCard();
            }
            case CheckInOutcome.Ignored repeat -> LOG.trace("The same card still on the reader: the screen stays");
            case RedFlagRaised flag when instructorMode != null -> instructorMode.redFlagRaised();
            case CheckInFailed failed -> screens.show(Screen.CHECK_IN_FAILED, notices::showCheckInFailed);
            default -> LOG.trace("No screen for {}", event.getClass().getSimpleName());
        }
    }

    /** A touch, click or key press: someone is still there, so the idle timeout starts again. */
    void registerInteraction() {
        screens.registerInteraction();
    }

    /** Back to the idle screen, forgetting everything personal. */
    void returnToIdle() {
        screens.returnToIdle();
    }

    /** The window is gone: all timers stop. */
    void stop() {
        returnToIdle();
        idle.stop();
    }

    /** "Start my routine" on the welcome screen. */
    private void startRoutine(UUID memberId, String shortName) {
        instructorMode.startRoutine(memberId, shortName,
                () -> screens.showing(Screen.WELCOME) && welcome.isShowing(memberId));
    }

    /**
     * The welcome is done (skipped, dismissed, or its thank-you shown long enough). Its timer must
     * not take another screen away, e.g. the progress the member has just opened.
     */
    private void welcomeFinished() {
        if (screens.showing(Screen.WELCOME)) {
            screens.returnToIdle();
        }
    }

    private void offerProgress(UUID memberId, String shortName, ObservableBooleanValue when) {
        if (myProgress != null) {
            progressOffer.offer(memberId, shortName, when);
        }
    }

    /** The member tapped "My progress" on their own screen. */
    private void openMyProgress(UUID memberId, String shortName) {
        if (screens.showing(Screen.WELCOME) || screens.showing(Screen.ALREADY_CHECKED_IN)) {
            screens.show(Screen.MY_PROGRESS, () -> myProgress.load(memberId, shortName));
        }
    }

    private void clearMemberScreens() {
        welcome.clear();
        notices.clear();
        progressOffer.clear();
        if (myProgress != null) {
            myProgress.clear();
        }
    }
}
