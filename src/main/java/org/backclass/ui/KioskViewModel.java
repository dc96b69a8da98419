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
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.ui.checkin.NoticeViewModel;
import org.backclass.ui.checkin.WelcomeViewModel;
import org.backclass.session.ClassSummary;
import org.backclass.session.SessionPlan;
import org.backclass.session.SessionResults;
import org.backclass.ui.idle.IdleViewModel;
import org.backclass.ui.instructor.InstructorServices;
import org.backclass.ui.instructor.InstructorViewModel;
import org.backclass.ui.instructor.PinPadViewModel;
import org.backclass.ui.player.CataloguePlayerContent;
import org.backclass.ui.player.PlayerViewModel;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;
import org.backclass.ui.support.TimeText;
import org.backclass.ui.support.Timers.TimerHandle;
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
    enum Screen { IDLE, WELCOME, ALREADY_CHECKED_IN, UNKNOWN_CARD, CHECK_IN_FAILED, PIN, INSTRUCTOR, PLAYER }

    /**
     * Instructor mode locks itself after this long without a touch. A constant, not a setting,
     * until a site asks for another value: long enough to talk to a member, short enough that
     * the roster's health data is not left on an unattended screen.
     */
    static final Duration INSTRUCTOR_TIMEOUT = Duration.ofMinutes(5);

    private static final Logger LOG = LoggerFactory.getLogger(KioskViewModel.class);

    private final UiContext ctx;
    private final Duration idleTimeout;
    private final IdleViewModel idle;
    private final WelcomeViewModel welcome;
    private final NoticeViewModel already = new NoticeViewModel();
    private final NoticeViewModel unknownCard = new NoticeViewModel();
    private final NoticeViewModel checkInFailed = new NoticeViewModel();
    private final ReadOnlyObjectWrapper<Screen> screen = new ReadOnlyObjectWrapper<>(this, "screen", Screen.IDLE);
    private final ReadOnlyObjectWrapper<PlayerViewModel> player = new ReadOnlyObjectWrapper<>(this, "player", null);
    private final InstructorServices instructorServices;
    private final PinPadViewModel pinPad;
    private final InstructorViewModel instructor;
    private CataloguePlayerContent playerContent;
    private TimerHandle idleTimer;

    /** Without instructor mode. */
    KioskViewModel(UiContext ctx, TimetableStore timetable, PainReportService painReports, Duration idleTimeout) {
        this(ctx, timetable, painReports, idleTimeout, null);
    }

    /** @param instructorServices null: no instructor mode */
    KioskViewModel(UiContext ctx, TimetableStore timetable, PainReportService painReports, Duration idleTimeout,
            InstructorServices instructorServices) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.idleTimeout = Objects.requireNonNull(idleTimeout, "idleTimeout");
        this.idle = new IdleViewModel(ctx, timetable, ctx.messages().tips());
        this.welcome = new WelcomeViewModel(ctx, painReports, this::returnToIdle);
        this.instructorServices = instructorServices;
        this.pinPad = instructorServices == null ? null
                : new PinPadViewModel(ctx, instructorServices.pinUnlock(), this::unlocked);
        this.instructor = instructorServices == null ? null
                : new InstructorViewModel(ctx, timetable, instructorServices, this::startClass);
    }

    /** Null without instructor mode. */
    PinPadViewModel pinPad() {
        return pinPad;
    }

    /** Null without instructor mode. */
    InstructorViewModel instructor() {
        return instructor;
    }

    /** The class being led, or null. */
    ReadOnlyObjectProperty<PlayerViewModel> playerProperty() {
        return player.getReadOnlyProperty();
    }

    /** Cues, posters and clips of the class being led; null when none runs. */
    CataloguePlayerContent playerContent() {
        return playerContent;
    }

    /** The discreet button on the idle screen: the PIN pad. */
    void openPinPad() {
        if (pinPad == null || screen.get() == Screen.PLAYER) {
            return;
        }
        clearPersonalData();
        enter(Screen.PIN);
    }

    private void unlocked() {
        if (screen.get() != Screen.PIN) {
            return;
        }
        clearPersonalData();
        enter(Screen.INSTRUCTOR);
        instructor.load();
    }

    /** Shows the player full-window and starts the class; taps no longer change the screen. */
    private void startClass(UUID sessionId, SessionPlan plan) {
        cancelIdleTimer();
        clearPersonalData();
        playerContent = new CataloguePlayerContent(instructorServices.catalogue(), ctx.messages().locale(),
                instructorServices.mediaDir());
        PlayerViewModel vm = new PlayerViewModel(plan, instructorServices.nanos(), ctx.messages(), playerContent,
                instructorServices.tones());
        vm.summaryProperty().addListener((obs, was, summary) -> {
            if (summary != null) {
                classOver(sessionId, vm, summary);
            }
        });
        player.set(vm);
        screen.set(Screen.PLAYER);
        vm.start();
    }

    /** Closes the session and stores what each member did, off the UI thread; then back to idle. */
    private void classOver(UUID sessionId, PlayerViewModel vm, ClassSummary summary) {
        var performed = SessionResults.performed(summary);
        ctx.background().execute(() -> {
            try {
                instructorServices.classResults().closeSession(sessionId, ctx.clock().instant(), performed);
                LOG.info("Class session {} closed with {} exercise records", sessionId, performed.size());
            } catch (RuntimeException e) {
                LOG.error("The results of class session {} could not be stored", sessionId, e);
            }
            ctx.ui().execute(() -> {
                if (player.get() == vm) {
                    returnToIdle();
                    idle.refreshClasses();
                }
            });
        });
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

    NoticeViewModel already() {
        return already;
    }

    NoticeViewModel unknownCard() {
        return unknownCard;
    }

    NoticeViewModel checkInFailed() {
        return checkInFailed;
    }

    /** Reacts to a kiosk event; a new tap always replaces what is shown (except an ignored repeat). */
    void handle(KioskEvent event) {
        if (screen.get() == Screen.PLAYER) {
            // A class is running: the tap is stored, but the class keeps the screen.
            LOG.debug("{} during a class: the player keeps the screen", event.getClass().getSimpleName());
            return;
        }
        Messages m = ctx.messages();
        switch (event) {
            case CheckInOutcome.CheckedIn checkedIn -> {
                clearPersonalData();
                welcome.show(checkedIn);
                enter(Screen.WELCOME);
                idle.refreshClasses();
            }
            case CheckInOutcome.AlreadyCheckedIn again -> {
                clearPersonalData();
                String name = unbroken(again.shortName());
                String body = again.session() == null
                        ? m.format(MessageKey.ALREADY_BODY_OPEN_GYM, name)
                        : m.format(MessageKey.ALREADY_BODY_CLASS, again.session().className(),
                                TimeText.hoursMinutes(again.session().startsAt(), ctx.clock().getZone()),
                                name);
                already.show(m.get(MessageKey.ALREADY_HEADLINE), body);
                enter(Screen.ALREADY_CHECKED_IN);
            }
            case CheckInOutcome.UnknownCard unknown -> {
                clearPersonalData();
                unknownCard.show(m.get(MessageKey.UNKNOWN_HEADLINE), m.get(MessageKey.UNKNOWN_BODY));
                enter(Screen.UNKNOWN_CARD);
            }
            case CheckInOutcome.Ignored repeat -> {
                // The same card still lying on the reader: leave the screen as it is.
            }
            case CheckInFailed failed -> {
                clearPersonalData();
                checkInFailed.show(m.get(MessageKey.FAILED_HEADLINE), m.get(MessageKey.FAILED_BODY));
                enter(Screen.CHECK_IN_FAILED);
            }
            default -> LOG.trace("No screen for {}", event.getClass().getSimpleName());
        }
    }

    /** A touch, click or key press: the person is still there, so the idle timeout starts again. */
    void registerInteraction() {
        if (screen.get() != Screen.IDLE && screen.get() != Screen.PLAYER) {
            armIdleTimer();
        }
    }

    /** Back to the idle screen, forgetting everything personal. */
    void returnToIdle() {
        cancelIdleTimer();
        clearPersonalData();
        screen.set(Screen.IDLE);
        player.set(null);
        playerContent = null;
    }

    /** Stops all timers (the window is gone). */
    void stop() {
        returnToIdle();
        idle.stop();
    }

    /** Inside running text a name must not wrap between "Anna" and "K.". */
    private static String unbroken(String shortName) {
        return shortName.replace(' ', '\u00A0');
    }

    private void enter(Screen next) {
        screen.set(next);
        armIdleTimer();
    }

    private void armIdleTimer() {
        cancelIdleTimer();
        Duration timeout = screen.get() == Screen.INSTRUCTOR ? INSTRUCTOR_TIMEOUT : idleTimeout;
        idleTimer = ctx.timers().after(timeout, this::returnToIdle);
    }

    private void cancelIdleTimer() {
        if (idleTimer != null) {
            idleTimer.cancel();
            idleTimer = null;
        }
    }

    private void clearPersonalData() {
        welcome.clear();
        already.clear();
        unknownCard.clear();
        checkInFailed.clear();
        if (pinPad != null) {
            pinPad.clear();
            instructor.clear();
        }
    }
}
