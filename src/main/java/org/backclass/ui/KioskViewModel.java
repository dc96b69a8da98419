package org.backclass.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backclass.domain.checkin.CheckInFailed;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.redflag.RedFlagRaised;
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.ui.checkin.WelcomeViewModel;
import org.backclass.ui.idle.IdleViewModel;
import org.backclass.ui.instructor.InstructorServices;
import org.backclass.ui.player.PlayerViewModel;
import org.backclass.ui.support.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's screens and what a tap leads to. Where the screen goes and how it is kept private
 * is {@link ScreenNavigator}'s job; instructor mode is {@link InstructorScreens}.
 *
 * <p>Threading: UI thread only; kiosk events reach {@link #handle} after their one hop.
 */
final class KioskViewModel {

    /** The kiosk's screens. */
    enum Screen { IDLE, WELCOME, ALREADY_CHECKED_IN, UNKNOWN_CARD, CHECK_IN_FAILED, PIN, INSTRUCTOR, ENROL, PLAYER,
        AFTER_CLASS }

    private static final Logger LOG = LoggerFactory.getLogger(KioskViewModel.class);

    private final ScreenNavigator screens;
    private final IdleViewModel idle;
    private final WelcomeViewModel welcome;
    private final CheckInNotices notices;
    private final InstructorScreens instructorMode;
    private final ReadOnlyObjectWrapper<PlayerViewModel> noPlayer = new ReadOnlyObjectWrapper<>(this, "player", null);

    /** @param instructorServices null: no instructor mode */
    KioskViewModel(UiContext ctx, TimetableStore timetable, PainReportService painReports, Duration idleTimeout,
            InstructorServices instructorServices) {
        Objects.requireNonNull(ctx, "ctx");
        this.screens = new ScreenNavigator(ctx.timers(), idleTimeout);
        this.idle = new IdleViewModel(ctx, timetable, ctx.messages().tips());
        this.notices = new CheckInNotices(ctx);
        this.instructorMode = instructorServices == null ? null
                : new InstructorScreens(ctx, timetable, instructorServices, screens, idle::refreshClasses);
        this.welcome = new WelcomeViewModel(ctx, painReports, screens::returnToIdle,
                instructorMode != null && instructorMode.offersRoutines() ? this::startRoutine : null);
        screens.clearsPersonalData(() -> {
            welcome.clear();
            notices.clear();
        });
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

    /** Reacts to a kiosk event; a new tap always replaces what is shown (except an ignored repeat). */
    void handle(KioskEvent event) {
        if (screens.showing(Screen.PLAYER)) {
            // A class is running: the tap is stored, but the class keeps the screen.
            LOG.debug("{} during a class: the player keeps the screen", event.getClass().getSimpleName());
            return;
        }
        switch (event) {
            case CheckInOutcome.CheckedIn checkedIn -> {
                screens.show(Screen.WELCOME, () -> welcome.show(checkedIn));
                idle.refreshClasses();
            }
            case CheckInOutcome.AlreadyCheckedIn again ->
                    screens.show(Screen.ALREADY_CHECKED_IN, () -> notices.showAlready(again));
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
}
