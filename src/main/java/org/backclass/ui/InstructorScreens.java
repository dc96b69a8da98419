package org.backclass.ui;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.ui.KioskViewModel.Screen;
import org.backclass.ui.feedback.AfterClassViewModel;
import org.backclass.ui.instructor.EnrolViewModel;
import org.backclass.ui.instructor.InstructorServices;
import org.backclass.ui.instructor.InstructorViewModel;
import org.backclass.ui.instructor.PinPadViewModel;
import org.backclass.ui.player.CataloguePlayerContent;
import org.backclass.ui.player.MediaProblems;
import org.backclass.ui.player.PlayerViewModel;
import org.backclass.ui.support.UiContext;

/**
 * Instructor mode's screens and the moves between them: the PIN pad, today's classes with their
 * rosters, card enrolment, the class player and "how was it?" after a class. Their personal data
 * (rosters, enrolment, answers) is cleared with every change of screen.
 *
 * <p>Threading: UI thread, except {@link #saveRunningClass()}, which the shutdown calls on its own
 * thread.
 */
final class InstructorScreens {

    private final ScreenNavigator screens;
    private final PinPadViewModel pinPad;
    private final InstructorViewModel instructor;
    private final MediaProblems mediaProblems = new MediaProblems();
    private final ClassLeader leader;
    private final EnrolViewModel enrol;
    private final AfterClassViewModel afterClass;
    private final Runnable classesChanged;

    /** @param classesChanged told when a class has ended (the idle screen's list of classes changes) */
    InstructorScreens(UiContext ctx, TimetableStore timetable, InstructorServices services, ScreenNavigator screens,
            Runnable classesChanged) {
        Objects.requireNonNull(services, "services");
        this.screens = Objects.requireNonNull(screens, "screens");
        this.classesChanged = Objects.requireNonNull(classesChanged, "classesChanged");
        this.leader = new ClassLeader(ctx, services, screens::showPlayer, this::classOver);
        this.pinPad = new PinPadViewModel(ctx, services.pinUnlock(), this::unlocked);
        this.instructor = new InstructorViewModel(ctx, timetable, services, mediaProblems, leader::startClass);
        this.enrol = services.enrolment() == null ? null
                : new EnrolViewModel(ctx, services.enrolment().capture(), services.enrolment().members());
        this.afterClass = services.progress().afterClass() == null ? null
                : new AfterClassViewModel(ctx, services.progress().afterClass());
        screens.clearsPersonalData(this::clear);
        screens.atIdle(leader::clear);
    }

    PinPadViewModel pinPad() {
        return pinPad;
    }

    InstructorViewModel instructor() {
        return instructor;
    }

    /** Null without card enrolment. */
    EnrolViewModel enrol() {
        return enrol;
    }

    /** Null when the kiosk asks nothing after a class. */
    AfterClassViewModel afterClass() {
        return afterClass;
    }

    /** Demo media problems since start (not personal: kept when the screen changes). */
    MediaProblems mediaProblems() {
        return mediaProblems;
    }

    ReadOnlyObjectProperty<PlayerViewModel> playerProperty() {
        return leader.playerProperty();
    }

    CataloguePlayerContent playerContent() {
        return leader.playerContent();
    }

    boolean offersRoutines() {
        return leader.offersRoutines();
    }

    /** See {@link ClassLeader#startRoutine}. */
    void startRoutine(UUID memberId, String shortName, BooleanSupplier stillWanted) {
        leader.startRoutine(memberId, shortName, stillWanted);
    }

    /** A staff card: the card is the staff member's credential, as the PIN is; no rate limit needed. */
    void openForStaffCard() {
        screens.show(Screen.INSTRUCTOR, instructor::load);
    }

    /** A red flag was raised: an open roster shows it at once. */
    void redFlagRaised() {
        if (screens.showing(Screen.INSTRUCTOR)) {
            instructor.load();
        }
    }

    /** The discreet button on the idle screen: the PIN pad. */
    void openPinPad() {
        if (!screens.showing(Screen.PLAYER)) {
            screens.show(Screen.PIN, () -> { });
        }
    }

    private void unlocked() {
        if (screens.showing(Screen.PIN)) {
            screens.show(Screen.INSTRUCTOR, instructor::load);
        }
    }

    /** From instructor mode: the next card is captured for enrolment. */
    void openEnrol() {
        if (enrol != null && screens.showing(Screen.INSTRUCTOR)) {
            screens.show(Screen.ENROL, enrol::start);
        }
    }

    /** From enrolment back to today's classes. */
    void closeEnrol() {
        if (screens.showing(Screen.ENROL)) {
            screens.show(Screen.INSTRUCTOR, instructor::load);
        }
    }

    /** After the class: "how was it?" for its members (when the kiosk asks), else idle. */
    private void classOver(UUID sessionId, Set<UUID> members) {
        screens.returnToIdle();
        classesChanged.run();
        if (afterClass != null && !members.isEmpty()) {
            screens.show(Screen.AFTER_CLASS, () -> afterClass.open(sessionId, members));
        }
    }

    /** See {@link ClassLeader#saveRunningClass()}: any thread but the FX thread. */
    void saveRunningClass() {
        leader.saveRunningClass();
    }

    private void clear() {
        pinPad.clear();
        instructor.clear();
        if (enrol != null) {
            enrol.clear();
        }
        if (afterClass != null) {
            afterClass.close();
        }
    }
}
