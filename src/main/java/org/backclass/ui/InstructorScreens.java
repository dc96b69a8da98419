package org.backclass.ui;

import java.util.Objects;
import org.backclass.domain.timetable.TimetableStore;
import org.backclass.ui.feedback.AfterClassViewModel;
import org.backclass.ui.instructor.EnrolViewModel;
import org.backclass.ui.instructor.InstructorServices;
import org.backclass.ui.instructor.InstructorViewModel;
import org.backclass.ui.instructor.LevelReviewViewModel;
import org.backclass.ui.instructor.PinPadViewModel;
import org.backclass.ui.player.MediaProblems;
import org.backclass.ui.support.UiContext;

/**
 * The ViewModels of the screens instructor mode brings: the PIN pad, today's classes, card
 * enrolment, the level review and the "how was it?" questions after a class. Built together from
 * the instructor services and cleared together when the screen changes.
 *
 * <p>Threading: UI thread only.
 */
final class InstructorScreens {

    final PinPadViewModel pinPad;
    final InstructorViewModel home;
    /** Null without card enrolment. */
    final EnrolViewModel enrol;
    /** Null without level proposals. */
    final LevelReviewViewModel review;
    /** Null when nothing is asked after a class. */
    final AfterClassViewModel afterClass;

    /** @param onPinUnlocked told when a correct PIN has unlocked instructor mode */
    InstructorScreens(UiContext ctx, TimetableStore timetable, InstructorServices services,
            MediaProblems mediaProblems, ClassLeader leader, Runnable onPinUnlocked) {
        Objects.requireNonNull(services, "services");
        pinPad = new PinPadViewModel(ctx, services.pinUnlock(), onPinUnlocked);
        home = new InstructorViewModel(ctx, timetable, services, mediaProblems, leader::startClass);
        enrol = services.enrolment() == null ? null
                : new EnrolViewModel(ctx, services.enrolment().capture(), services.enrolment().members());
        review = services.progress().proposals() == null ? null
                : new LevelReviewViewModel(ctx, services.progress().proposals());
        afterClass = services.progress().afterClass() == null ? null
                : new AfterClassViewModel(ctx, services.progress().afterClass());
    }

    /** Forgets everything personal on these screens; who unlocked instructor mode stays. */
    void clear() {
        pinPad.clear();
        home.clear();
        if (enrol != null) {
            enrol.clear();
        }
        if (review != null) {
            review.clear();
        }
        if (afterClass != null) {
            afterClass.close();
        }
    }
}
