package org.backclass.ui.checkin;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.backclass.domain.consent.ConsentState;
import org.backclass.domain.progress.outcome.OutcomeService;
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
import org.backclass.ui.support.UiContext;

/**
 * The welcome screen after a check-in, with the one-tap "how is your back today?" question:
 * consent first if never asked, the red-flag check when due, the morning after last time, today's
 * pain, then the progress check when one is due ({@link ProgressCheckViewModel}), then thanks
 * ({@link WelcomeEnding}).
 *
 * <p>Everything here is personal (short name, class, visit count, pain answer): {@link #clear()}
 * empties it, and the kiosk calls it whenever it leaves this screen.
 *
 * <p>Threading: UI thread. Answers are stored by {@link WelcomeAnswers} on the background
 * executor; a result that comes back after the screen moved on (another member, idle) is dropped.
 */
public final class WelcomeViewModel {

    public static final int NO_SCORE = -1;
    static final Duration THANKS_SHOWN_FOR = WelcomeEnding.THANKS_SHOWN_FOR;

    private final UiContext ctx;
    private final WelcomeAnswers answers;
    private final WelcomeEnding ending;
    private final Runnable finished;
    private final BiConsumer<UUID, String> onStartRoutine;
    private final ReadOnlyBooleanWrapper routineOffered = new ReadOnlyBooleanWrapper(this, "routineOffered", false);

    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper classLine = new ReadOnlyStringWrapper(this, "classLine", "");
    private final ReadOnlyStringWrapper sessionLine = new ReadOnlyStringWrapper(this, "sessionLine", "");
    private final ReadOnlyObjectWrapper<PainState> painState =
            new ReadOnlyObjectWrapper<>(this, "painState", PainState.ASKING);
    private final ReadOnlyIntegerWrapper selectedScore = new ReadOnlyIntegerWrapper(this, "selectedScore", NO_SCORE);

    private boolean redFlagsDue;
    private boolean askMorning;
    private final ReadOnlyBooleanWrapper morningQuestion = new ReadOnlyBooleanWrapper(this, "morningQuestion");

    /**
     * @param finished       called (on the UI thread) when the member is done here: skipped, or
     *                       the thank-you has been shown long enough
     * @param onStartRoutine told the member id and short name when a member with no class starts
     *                       their own routine; null: the kiosk offers no routines
     */
    public WelcomeViewModel(UiContext ctx, PainReportService painReports, Runnable finished,
            BiConsumer<UUID, String> onStartRoutine) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.answers = new WelcomeAnswers(ctx, painReports, () -> painState.set(PainState.FAILED));
        this.finished = Objects.requireNonNull(finished, "finished");
        this.onStartRoutine = onStartRoutine;
        this.ending = new WelcomeEnding(ctx, painState::set, routineOffered::get, finished);
    }

    /** No class now: "Start my routine" and "Done" wait after the pain answer (or skip). */
    public ReadOnlyBooleanProperty routineOfferedProperty() {
        return routineOffered.getReadOnlyProperty();
    }

    /** Turns on the red-flag check at tap-in (off: tests of the other questions). Before any {@link #show}. */
    public void checkRedFlags(RedFlagService service) {
        answers.checkRedFlags(service);
    }

    /**
     * Turns on the progress check after today's pain, when one is due (off: tests of the other
     * questions, or {@code progress.outcomes = off}). Before any {@link #show}.
     */
    public void checkOutcomes(OutcomeService service) {
        ending.checkOutcomes(service);
    }

    /** The progress check shown in state {@link PainState#PROGRESS_CHECK}; null when it is off. */
    public ProgressCheckViewModel progressCheck() {
        return ending.progressCheck();
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
        answers.begin(checkedIn.attendance().memberId(), checkedIn.attendance().id(), checkedIn.shortName());
        name.set(checkedIn.shortName());
        classLine.set(WelcomeTexts.classLine(m, ctx.clock().getZone(), checkedIn.session()));
        sessionLine.set(m.format(MessageKey.WELCOME_SESSION, checkedIn.visitNumber()));
        routineOffered.set(onStartRoutine != null && checkedIn.session() == null);
        // A kiosk that records no consent (tests of the pain question) takes every member as consenting.
        ConsentState state = answers.asksConsent() ? checkedIn.healthConsent() : ConsentState.GIVEN;
        redFlagsDue = checkedIn.redFlagCheckDue() && answers.checksRedFlags();
        askMorning = checkedIn.visitNumber() > 1;
        switch (state) {
            case GIVEN -> askNext(redFlagsDue);
            case NOT_ASKED -> painState.set(PainState.CONSENT);
            case REFUSED -> ending.noQuestions();
        }
    }

    /**
     * The member's answer to "may we keep your answers about your back?", recorded (time, kiosk)
     * off the UI thread; yes leads on to the pain question, no to attendance only.
     */
    public void answerConsent(boolean given) {
        if (answers.showing() && painState.get() == PainState.CONSENT) {
            recordConsent(given, PainState.CONSENT);
        }
    }

    /** The member withdraws consent on the kiosk: nothing more is asked or kept from now on. */
    public void withdrawConsent() {
        if (answers.showing() && answers.asksConsent() && painState.get() == PainState.ASKING) {
            recordConsent(false, PainState.ASKING);
        }
    }

    private void recordConsent(boolean given, PainState asked) {
        painState.set(asked == PainState.CONSENT ? PainState.SAVING_CONSENT : PainState.SAVING);
        answers.consent(given, given ? () -> askNext(redFlagsDue) : ending::noQuestions);
    }

    /**
     * The red-flag check: none of the symptoms leads on to the pain question; any of them to a
     * calm "please speak to your instructor before exercising" — the check-in stands, and the
     * instructor is alerted as soon as the answer is stored.
     */
    public void answerRedFlags(boolean anyYes) {
        if (!answers.showing() || painState.get() != PainState.RED_FLAGS) {
            return;
        }
        painState.set(PainState.SAVING_RED_FLAGS);
        answers.redFlags(anyYes, () -> {
            routineOffered.set(routineOffered.get() && !anyYes);
            askNext(false);
            if (anyYes) {
                painState.set(PainState.RED_FLAG_STOP);
            }
        });
    }

    /** The member tapped a score (0 = no pain … 10 = worst imaginable); stored in the background. */
    public void answer(int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("pain score must be 0-10, was " + score);
        }
        if (!answers.showing() || painState.get() != PainState.ASKING) {
            return; // a second tap while saving, or a tap on a screen already cleared
        }
        selectedScore.set(score);
        painState.set(PainState.SAVING);
        // The score is health data: it never goes into a log line.
        if (morningQuestion.get()) {
            answers.morningAfter(score, () -> askNext(false));
        } else {
            answers.today(score, () -> ending.afterToday(answers.memberId(), true));
        }
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

    /** The member does not want to answer today. */
    public void skip() {
        if (answers.showing() && painState.get() == PainState.ASKING) {
            if (morningQuestion.get()) {
                askNext(false);
            } else {
                ending.afterToday(answers.memberId(), false);
            }
        }
    }

    /** The member with no class starts their own routine (after answering or skipping). */
    public void startRoutine() {
        if (!answers.showing() || !routineOffered.get() || switch (painState.get()) {
            case CONSENT, SAVING_CONSENT, RED_FLAGS, SAVING_RED_FLAGS, ASKING, SAVING, PROGRESS_CHECK -> true;
            default -> false;
        }) {
            return;
        }
        onStartRoutine.accept(answers.memberId(), name.get());
    }

    /** Done (after a failed save, the thank-you, or attendance only). */
    public void dismiss() {
        if (answers.showing() && switch (painState.get()) {
            case SAVING, SAVING_CONSENT, SAVING_RED_FLAGS, PROGRESS_CHECK -> false;
            default -> true;
        }) {
            finished.run();
        }
    }

    /** True while this member's check-in is on the screen. */
    public boolean isShowing(UUID memberId) {
        return answers.isShowing(memberId);
    }

    /** Forgets everything personal. */
    public void clear() {
        ending.clear();
        answers.end();
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
