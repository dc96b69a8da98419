package org.backclass.ui;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.backclass.domain.checkin.CardReadForDesk;
import org.backclass.domain.checkin.CheckInFailed;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.domain.event.KioskEvent;
import org.backclass.domain.staff.ActedBy;
import org.backclass.domain.progress.review.ReviewableSession;
import org.backclass.domain.redflag.RedFlagChange;
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.ui.checkin.WelcomeViewModel;
import org.backclass.ui.idle.IdleViewModel;
import org.backclass.ui.instructor.InstructorServices;
import org.backclass.ui.mine.MyProgressServices;
import org.backclass.ui.player.CataloguePlayerContent;
import org.backclass.ui.player.MediaProblems;
import org.backclass.ui.player.PlayerViewModel;
import org.backclass.ui.support.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which screen the kiosk shows, and the rule that keeps shared screens private: every screen
 * but idle goes back to idle after the idle timeout (restarted by any interaction), and going
 * back clears all personal data from the screens' ViewModels.
 *
 * <p>Threading: UI thread only; kiosk events reach {@link #handle} after their one hop.
 */
final class KioskViewModel {

    /** The kiosk's screens. */
    enum Screen { IDLE, WELCOME, ALREADY_CHECKED_IN, UNKNOWN_CARD, CHECK_IN_FAILED, PIN, INSTRUCTOR, ENROL, PLAYER,
        AFTER_CLASS, REVIEW, MY_PROGRESS }

    private static final Logger LOG = LoggerFactory.getLogger(KioskViewModel.class);

    private final UiContext ctx;
    private final IdleViewModel idle;
    private final WelcomeViewModel welcome;
    private final CheckInNotices notices;
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.IDLE);
    private final ReadOnlyObjectWrapper<PlayerViewModel> noPlayer = new ReadOnlyObjectWrapper<>(this, "player", null);
    private final MediaProblems mediaProblems = new MediaProblems();
    private final ClassLeader leader;
    /** Null without instructor mode. */
    private final InstructorScreens mode;
    private final IdleTimeout idleTimer;
    private final MyProgressScreens mine;

    /** @param instructorServices null: no instructor mode; {@code myProgress} null: not offered */
    KioskViewModel(UiContext ctx, TimetableStore timetable, PainReportService painReports, Duration idleTimeout,
            InstructorServices instructorServices, MyProgressServices myProgress) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.idle = new IdleViewModel(ctx, timetable, ctx.messages().tips());
        this.idleTimer = new IdleTimeout(ctx.timers(), idleTimeout, this::returnToIdle);
        this.notices = new CheckInNotices(ctx);
        this.leader = instructorServices == null ? null
                : new ClassLeader(ctx, instructorServices, this::playerStarted, this::classOver);
        this.welcome = new WelcomeViewModel(ctx, painReports, this::welcomeFinished,
                leader != null && leader.offersRoutines() ? this::startRoutine : null);
        this.mode = instructorServices == null ? null
                : new InstructorScreens(ctx, timetable, instructorServices, mediaProblems, leader, this::unlocked);
        this.mine = new MyProgressScreens(ctx, myProgress, welcome, this::openMyProgress);
    }

    /** "My progress" on the member's own screens. */
    MyProgressScreens mine() {
        return mine;
    }

    /** The welcome is done; its timer must not take away the progress the member has just opened. */
    private void welcomeFinished() {
        if (screen.get() == Screen.WELCOME) {
            returnToIdle();
        }
    }

    /** The member tapped "My progress" on their own screen: only then is it shown. */
    private void openMyProgress(UUID memberId, String shortName) {
        if (screen.get() == Screen.WELCOME || screen.get() == Screen.ALREADY_CHECKED_IN) {
            clearPersonalData();
            enter(Screen.MY_PROGRESS);
            mine.load(memberId, shortName);
        }
    }

    /** The PIN pad, the instructor's home and the screens it opens: null without instructor mode. */
    InstructorScreens instructorScreens() {
        return mode;
    }

    /** The class being led, or null. */
    ReadOnlyObjectProperty<PlayerViewModel> playerProperty() {
        return leader == null ? noPlayer.getReadOnlyProperty() : leader.playerProperty();
    }

    /** Cues, posters and clips of the class being led; null when none runs. */
    CataloguePlayerContent playerContent() {
        return leader == null ? null : leader.playerContent();
    }

    /** Demo media problems since start (not personal: kept when the screen changes). */
    MediaProblems mediaProblems() {
        return mediaProblems;
    }

    /** "Start my routine" on the welcome screen. */
    private void startRoutine(UUID memberId, String shortName) {
        leader.startRoutine(memberId, shortName, () -> screen.get() == Screen.WELCOME && welcome.isShowing(memberId));
    }

    /** From instructor mode: the next card is captured for enrolment. */
    void openEnrol() {
        if (mode != null && mode.enrol != null && screen.get() == Screen.INSTRUCTOR) {
            clearPersonalData();
            enter(Screen.ENROL);
            mode.enrol.start();
        }
    }

    /** From instructor mode: the proposals of the last closed class, decided by whoever unlocked. */
    void openReview() {
        boolean reviewing = mode != null && mode.review != null && screen.get() == Screen.INSTRUCTOR;
        ReviewableSession session = reviewing ? mode.home.reviewableProperty().get() : null;
        ActedBy by = reviewing ? mode.home.unlockedBy() : null;
        if (session != null && by != null) {
            clearPersonalData();
            enter(Screen.REVIEW);
            mode.review.open(session, by);
        }
    }

    /** From enrolment or the level review back to today's classes. */
    void backToInstructor() {
        if (screen.get() == Screen.ENROL || screen.get() == Screen.REVIEW) {
            clearPersonalData();
            enter(Screen.INSTRUCTOR);
            mode.home.load();
        }
    }

    /** The discreet button on the idle screen: the PIN pad. */
    void openPinPad() {
        if (mode != null && screen.get() != Screen.PLAYER) {
            clearPersonalData();
            enter(Screen.PIN);
        }
    }

    private void unlocked() {
        if (screen.get() == Screen.PIN) {
            openInstructor(ActedBy.PIN);
        }
    }

    /** Today's classes, for whoever unlocked instructor mode. */
    private void openInstructor(ActedBy by) {
        clearPersonalData();
        mode.home.unlock(by);
        enter(Screen.INSTRUCTOR);
        mode.home.load();
    }

    /** The player takes the screen; taps no longer change it until the class is over. */
    private void playerStarted() {
        idleTimer.cancel();
        clearPersonalData();
        screen.set(Screen.PLAYER);
    }

    /** After the class: "how was it?" for its members (when the kiosk asks), else idle. */
    private void classOver(UUID sessionId, java.util.Set<UUID> members) {
        returnToIdle();
        idle.refreshClasses();
        if (mode != null && mode.afterClass != null && !members.isEmpty()) {
            enter(Screen.AFTER_CLASS);
            mode.afterClass.open(sessionId, members);
        }
    }

    /** See {@link ClassLeader#saveRunningClass()}: any thread but the FX thread. */
    void saveRunningClass() {
        if (leader != null) {
            leader.saveRunningClass();
        }
    }

    ReadOnlyObjectProperty<Screen> screenProperty() {
        return screen.getReadOnlyProperty();
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
        if (screen.get() == Screen.PLAYER) {
            // A class is running: the tap is stored, but the class keeps the screen.
            LOG.debug("{} during a class: the player keeps the screen", event.getClass().getSimpleName());
            return;
        }
        switch (event) {
            case CheckInOutcome.CheckedIn checkedIn -> {
                clearPersonalData();
                welcome.show(checkedIn);
                mine.offerAfterQuestions(checkedIn.attendance().memberId(), checkedIn.shortName());
                enter(Screen.WELCOME);
                idle.refreshClasses();
            }
            case CheckInOutcome.AlreadyCheckedIn again -> {
                clearPersonalData();
                notices.showAlready(again);
                mine.offerNow(again.memberId(), again.shortName());
                enter(Screen.ALREADY_CHECKED_IN);
            }
            case CheckInOutcome.UnknownCard unknown -> {
                clearPersonalData();
                notices.showUnknownCard();
                enter(Screen.UNKNOWN_CARD);
            }
            case CardReadForDesk desk -> {
                clearPersonalData();
                notices.showReadForDesk(desk.readable());
                enter(Screen.UNKNOWN_CARD);
            }
            case CheckInOutcome.StaffCard staff -> {
                if (mode == null) {
                    LOG.info("A staff card was tapped, but this kiosk has no instructor mode");
                    return;
                }
                // The card is the staff member's credential, as the PIN is: no rate limit needed.
                openInstructor(ActedBy.staffCard(staff.memberId()));
            }
            case RedFlagChange flag when screen.get() == Screen.INSTRUCTOR -> mode.home.load();
            case CheckInFailed failed -> {
                clearPersonalData();
                notices.showCheckInFailed();
                enter(Screen.CHECK_IN_FAILED);
            }
            default -> LOG.trace("No screen for {}", event.getClass().getSimpleName()); // e.g. the same card again
        }
    }

    /** A touch, click or key press: someone is still there, so the idle timeout starts again. */
    void registerInteraction() {
        if (screen.get() != Screen.IDLE && screen.get() != Screen.PLAYER) {
            idleTimer.restartFor(screen.get());
        }
    }

    /** Back to the idle screen, forgetting everything personal. */
    void returnToIdle() {
        idleTimer.cancel();
        clearPersonalData();
        if (mode != null) {
            mode.home.lock();
        }
        screen.set(Screen.IDLE);
        if (leader != null) {
            leader.clear();
        }
    }

    /** The window is gone: all timers stop. */
    void stop() {
        returnToIdle();
        idle.stop();
    }

    private void enter(Screen next) {
        screen.set(next);
        idleTimer.restartFor(next);
    }


    private void clearPersonalData() {
        welcome.clear();
        notices.clear();
        mine.clear();
        if (mode != null) {
            mode.clear();
        }
    }
}
