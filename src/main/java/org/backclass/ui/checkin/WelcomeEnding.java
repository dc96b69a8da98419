package org.backclass.ui.checkin;

import java.time.Duration;
import java.util.Objects;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.backclass.domain.progress.outcome.OutcomeService;
import org.backclass.ui.support.Timers.TimerHandle;
import org.backclass.ui.support.UiContext;

/**
 * How the welcome screen ends once today's questions are over: the progress check when one is
 * due, then the thank-you (shown a moment), the routine offer, or straight back to idle; or, for
 * a member who keeps no health answers, the welcome alone for a little longer.
 *
 * <p>Threading: UI thread. Sets the welcome's {@link PainState} through {@code state}.
 */
final class WelcomeEnding {

    static final Duration THANKS_SHOWN_FOR = Duration.ofSeconds(3);

    private final UiContext ctx;
    private final Consumer<PainState> state;
    private final BooleanSupplier routineOffered;
    private final Runnable finished;
    private ProgressCheckViewModel progressCheck;
    private TimerHandle thanksTimer;

    /**
     * @param state          sets the welcome screen's state
     * @param routineOffered true when the member has no class and may start a routine: then the
     *                       screen waits for them instead of going back to idle by itself
     * @param finished       back to idle
     */
    WelcomeEnding(UiContext ctx, Consumer<PainState> state, BooleanSupplier routineOffered, Runnable finished) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.state = Objects.requireNonNull(state, "state");
        this.routineOffered = Objects.requireNonNull(routineOffered, "routineOffered");
        this.finished = Objects.requireNonNull(finished, "finished");
    }

    void checkOutcomes(OutcomeService service) {
        progressCheck = new ProgressCheckViewModel(ctx, service);
    }

    /** Null when the progress check is off. */
    ProgressCheckViewModel progressCheck() {
        return progressCheck;
    }

    /**
     * Today's pain answered or skipped: the progress check if one is due — looked up off the UI
     * thread only now, so that the tap's welcome is never slower for it — then the end.
     */
    void afterToday(UUID memberId, boolean answered) {
        if (progressCheck == null) {
            questionsDone(answered);
            return;
        }
        state.accept(PainState.SAVING);
        progressCheck.offer(memberId, () -> state.accept(PainState.PROGRESS_CHECK), ending -> {
            switch (ending) {
                case SAVED -> saved();
                case FAILED -> state.accept(PainState.FAILED);
                case NOT_DUE, NOT_NOW -> questionsDone(answered);
            }
        });
    }

    private void questionsDone(boolean answered) {
        if (answered) {
            saved();
        } else if (routineOffered.getAsBoolean()) {
            state.accept(PainState.SKIPPED);
        } else {
            finished.run();
        }
    }

    /** The thank-you; back to idle after a moment unless a routine is offered. */
    void saved() {
        state.accept(PainState.THANKS);
        if (!routineOffered.getAsBoolean()) {
            thanksTimer = ctx.timers().after(THANKS_SHOWN_FOR, finished);
        }
    }

    /** Attendance only: the welcome stays a moment (longer if a routine is offered), then idle. */
    void noQuestions() {
        state.accept(PainState.NO_QUESTIONS);
        if (!routineOffered.getAsBoolean()) {
            thanksTimer = ctx.timers().after(THANKS_SHOWN_FOR.multipliedBy(2), finished);
        }
    }

    /** Cancels the timer and forgets the progress check. */
    void clear() {
        if (thanksTimer != null) {
            thanksTimer.cancel();
            thanksTimer = null;
        }
        if (progressCheck != null) {
            progressCheck.clear();
        }
    }
}
