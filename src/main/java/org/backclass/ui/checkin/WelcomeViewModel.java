package org.backclass.ui.checkin;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.backclass.domain.consent.ConsentState;
import org.backclass.domain.consent.HealthConsent;
import org.backclass.domain.redflag.RedFlagService;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backclass.domain.checkin.CheckInOutcome;
import org.backclass.domain.checkin.PainReportService;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;
import org.backclass.ui.support.Timers.TimerHandle;
import org.backclass.ui.support.UiContext;
import org.backclass.ui.support.UiTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The welcome screen after a check-in, with the one-tap "how is your back today?" question.
 *
 * <p>Everything here is personal (short name, class, visit count, pain answer): {@link #clear()}
 * empties it, and the kiosk calls it whenever it leaves this screen.
 *
 * <p>Threading: UI thread. Answers are stored on the background executor; a result that comes
 * back after the screen moved on (another member, idle) is dropped.
 */
public final class WelcomeViewModel {

    public static final int NO_SCORE = -1;
    static final Duration THANKS_SHOWN_FOR = Duration.ofSeconds(3);

    private static final Logger LOG = LoggerFactory.getLogger(WelcomeViewModel.class);

    private final UiContext ctx;
    private final UiTasks tasks;
    private final PainReportService painReports;
    private final Runnable finished;
    private final BiConsumer<UUID, String> onStartRoutine;
    private RedFlagService redFlags;
    private final ReadOnlyBooleanWrapper routineOffered = new ReadOnlyBooleanWrapper(this, "routineOffered", false);

    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper classLine = new ReadOnlyStringWrapper(this, "classLine", "");
    private final ReadOnlyStringWrapper sessionLine = new ReadOnlyStringWrapper(this, "sessionLine", "");
    private final ReadOnlyObjectWrapper<PainState> painState =
            new ReadOnlyObjectWrapper<>(this, "painState", PainState.ASKING);
    private final ReadOnlyIntegerWrapper selectedScore = new ReadOnlyIntegerWrapper(this, "selectedScore", NO_SCORE);

    /** The check-in the screen is about; null when nothing is shown. */
    private Visit visit;
    private boolean redFlagsDue;
    private boolean askMorning;
    private final ReadOnlyBooleanWrapper morningQuestion = new ReadOnlyBooleanWrapper(this, "morningQuestion");
    private TimerHandle thanksTimer;

    private record Visit(UUID memberId, UUID attendanceId) {
    }

    /**
     * @param finished       called (on the UI thread) when the member is done here: skipped, or
     *                       the thank-you has been shown long enough
     * @param onStartRoutine told the member id and short name when a member with no class starts
     *                       their own routine; null: the kiosk offers no routines
     */
    public WelcomeViewModel(UiContext ctx, PainReportService painReports, Runnable finished,
            BiConsumer<UUID, String> onStartRoutine) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.tasks = new UiTasks(ctx);
        this.painReports = Objects.requireNonNull(painReports, "painReports");
        this.finished = Objects.requireNonNull(finished, "finished");
        this.onStartRoutine = onStartRoutine;
    }

    /** No class now: "Start my routine" and "Done" wait after the pain answer (or skip). */
    public ReadOnlyBooleanProperty routineOfferedProperty() {
        return routineOffered.getReadOnlyProperty();
    }

    /** Turns on the red-flag check at tap-in (off: tests of the other questions). Before any {@link #show}. */
    public void checkRedFlags(RedFlagService service) {
        this.redFlags = Objects.requireNonNull(service, "service");
    }

    /** True while the 0–10 asks about the morning after the previous session (before today's). */
    public ReadOnlyBooleanProperty morningQuestionProperty() {
        return morningQuestion.getReadOnlyProperty();
    }

    /** Exactly the member's short name ("Anna K."); empty when cleared. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty classLineProperty() {
        return classLine.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sessionLineProperty() {
        return sessionLine.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PainState> painStateProperty() {
        return painState.getReadOnlyProperty();
    }

    /** The score tapped for this check-in, or {@link #NO_SCORE}. */
    public ReadOnlyIntegerProperty selectedScoreProperty() {
        return selectedScore.getReadOnlyProperty();
    }

    /** Shows a fresh check-in, replacing whatever was shown. */
    public void show(CheckInOutcome.CheckedIn checkedIn) {
        clear();
        Messages m = ctx.messages();
        visit = new Visit(checkedIn.attendance().memberId(), checkedIn.attendance().id());
        name.set(checkedIn.shortName());
        classLine.set(WelcomeTexts.classLine(m, ctx.clock().getZone(), checkedIn.session()));
        sessionLine.set(m.format(MessageKey.WELCOME_SESSION, checkedIn.visitNumber()));
        routineOffered.set(onStartRoutine != null && checkedIn.session() == null);
        // A kiosk that records no consent (tests of the pain question) takes every member as consenting.
        ConsentState state = painReports.asksConsent() ? checkedIn.healthConsent() : ConsentState.GIVEN;
        redFlagsDue = checkedIn.redFlagCheckDue() && redFlags != null;
        askMorning = checkedIn.visitNumber() > 1;
        switch (state) {
            case GIVEN -> askNext(redFlagsDue);
            case NOT_ASKED -> painState.set(PainState.CONSENT);
            case REFUSED -> noQuestions();
        }
    }

    /**
     * The member's answer to "may we keep your answers about your back?", recorded (time, kiosk)
     * off the UI thread; yes leads on to the pain question, no to attendance only.
     */
    public void answerConsent(boolean given) {
        if (visit != null && painState.get() == PainState.CONSENT) {
            recordConsent(given, PainState.CONSENT);
        }
    }

    /** The member withdraws consent on the kiosk: nothing more is asked or kept from now on. */
    public void withdrawConsent() {
        if (visit != null && painReports.asksConsent() && painState.get() == PainState.ASKING) {
            recordConsent(false, PainState.ASKING);
        }
    }

    private void recordConsent(boolean given, PainState asked) {
        Visit who = visit;
        painState.set(asked == PainState.CONSENT ? PainState.SAVING_CONSENT : PainState.SAVING);
        inBackground(who, () -> painReports.recordConsent(who.memberId(), given, HealthConsent.RecordedBy.MEMBER),
                given ? () -> askNext(redFlagsDue) : this::noQuestions);
    }

    /**
     * The red-flag check: none of the symptoms leads on to the pain question; any of them to a
     * calm "please speak to your instructor before exercising" — the check-in stands, and the
     * instructor is alerted as soon as the answer is stored.
     */
    public void answerRedFlags(boolean anyYes) {
        Visit who = visit;
        if (who == null || painState.get() != PainState.RED_FLAGS) {
            return;
        }
        String shortName = name.get();
        painState.set(PainState.SAVING_RED_FLAGS);
        inBackground(who, () -> redFlags.answer(who.memberId(), who.attendanceId(), shortName, anyYes), () -> {
            routineOffered.set(routineOffered.get() && !anyYes);
            askNext(false);
            if (anyYes) {
                painState.set(PainState.RED_FLAG_STOP);
            }
        });
    }

    /** Runs {@code work} off the UI thread, then {@code then} on it if the same visit is still shown. */
    private void inBackground(Visit who, Runnable work, Runnable then) {
        tasks.run(work, () -> who == visit, then, e -> saveFailed(who, e));
    }

    /** Attendance only: the welcome stays a moment (longer if a routine is offered), then idle. */
    private void noQuestions() {
        painState.set(PainState.NO_QUESTIONS);
        if (!routineOffered.get()) {
            thanksTimer = ctx.timers().after(THANKS_SHOWN_FOR.multipliedBy(2), finished);
        }
    }

    /** The member tapped a score (0 = no pain … 10 = worst imaginable); stored in the background. */
    public void answer(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("pain score must be 0-10, was " + score);
        }
        if (visit == null || painState.get() != PainState.ASKING) {
            return; // a second tap while saving, or a tap on a screen already cleared
        }
        Visit answered = visit;
        selectedScore.set(score);
        painState.set(PainState.SAVING);
        // The score is health data: it never goes into a log line.
        if (morningQuestion.get()) {
            inBackground(answered, () -> painReports.reportMorningAfter(answered.memberId(), answered.attendanceId(),
                    score), () -> askNext(false));
            return;
        }
        inBackground(answered, () -> painReports.reportAtCheckIn(answered.memberId(), answered.attendanceId(), score),
                this::saved);
    }

    /** The red-flag check if due, else the morning after last time (once), else today's pain. */
    private void askNext(boolean redFlagsFirst) {
        if (redFlagsFirst) {
            painState.set(PainState.RED_FLAGS);
            return;
        }
        morningQuestion.set(askMorning);
        askMorning = false;
        selectedScore.set(NO_SCORE);
        painState.set(PainState.ASKING);
    }

    private void saved() {
        painState.set(PainState.THANKS);
        if (!routineOffered.get()) {
            thanksTimer = ctx.timers().after(THANKS_SHOWN_FOR, finished);
        }
    }

    private void saveFailed(Visit answered, RuntimeException e) {
        LOG.error("Could not save the answer for attendance {}", answered.attendanceId(), e);
        if (answered == visit) {
            painState.set(PainState.FAILED);
        }
    }

    /** The member does not want to answer today. */
    public void skip() {
        if (visit != null && painState.get() == PainState.ASKING) {
            if (morningQuestion.get()) {
                askNext(false);
            } else if (routineOffered.get()) {
                painState.set(PainState.SKIPPED);
            } else {
                finished.run();
            }
        }
    }

    /** The member with no class starts their own routine (after answering or skipping). */
    public void startRoutine() {
        if (visit == null || !routineOffered.get() || switch (painState.get()) {
            case CONSENT, SAVING_CONSENT, RED_FLAGS, SAVING_RED_FLAGS, ASKING, SAVING -> true;
            default -> false;
        }) {
            return;
        }
        onStartRoutine.accept(visit.memberId(), name.get());
    }

    /** Done (after a failed save, the thank-you, or attendance only). */
    public void dismiss() {
        if (visit != null && painState.get() != PainState.SAVING && painState.get() != PainState.SAVING_CONSENT
                && painState.get() != PainState.SAVING_RED_FLAGS) {
            finished.run();
        }
    }

    /** True while this member's check-in is on the screen. */
    public boolean isShowing(UUID memberId) {
        return visit != null && visit.memberId().equals(memberId);
    }

    /** Forgets everything personal. */
    public void clear() {
        if (thanksTimer != null) {
            thanksTimer.cancel();
            thanksTimer = null;
        }
        visit = null;
        redFlagsDue = false;
        askMorning = false;
        morningQuestion.set(false);
        name.set("");
        classLine.set("");
        sessionLine.set("");
        selectedScore.set(NO_SCORE);
        painState.set(PainState.ASKING);
        routineOffered.set(false);
    }
}
