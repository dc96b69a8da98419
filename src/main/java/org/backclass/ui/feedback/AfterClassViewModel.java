package org.backclass.ui.feedback;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.consent.ConsentState;
import org.backclass.domain.member.MemberStore;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Timers.TimerHandle;
import org.backclass.ui.support.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "How was it?" after a class or routine, quick for a queue: a member taps their card, taps
 * their pain now (0–10) and their effort (Borg CR10, 0–10), and taps the card again to confirm.
 * Only members of the class that just ended are asked, and only with consent. While this screen
 * is up, taps go here, not to the check-in.
 *
 * <p>Threading: UI thread. Card reads arrive through {@link org.backclass.domain.checkin.CardCapture}
 * on a reader thread and are handed over once; lookups and the answer run in the background.
 */
public final class AfterClassViewModel {

    /** Where the screen stands. */
    public enum State { WAITING, ASKING, CONFIRM, SAVING, THANKS, NOT_FOR_YOU, NO_CONSENT, FAILED }

    public static final int NONE = -1;
    static final Duration MESSAGE_SHOWN_FOR = Duration.ofSeconds(3);
    private static final Logger LOG = LoggerFactory.getLogger(AfterClassViewModel.class);

    private final UiContext ctx;
    private final AfterClass services;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyIntegerWrapper painNow = new ReadOnlyIntegerWrapper(this, "painNow", NONE);
    private final ReadOnlyIntegerWrapper effort = new ReadOnlyIntegerWrapper(this, "effort", NONE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private UUID sessionId;
    private Set<UUID> participants = Set.of();
    private UUID member;
    private int generation;
    private boolean open;
    private TimerHandle messageTimer;

    public AfterClassViewModel(UiContext ctx, AfterClass services) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.services = Objects.requireNonNull(services, "services");
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The short name of the member answering; empty otherwise. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty painNowProperty() {
        return painNow.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty effortProperty() {
        return effort.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /**
     * Opens the questions for the members of a class (or routine) that just ended.
     *
     * @param classSessionId null for a routine
     */
    public void open(UUID classSessionId, Set<UUID> members) {
        close();
        open = true;
        sessionId = classSessionId;
        participants = Set.copyOf(members);
        waiting();
    }

    /** Stops taking taps and forgets everything (the screen is left). */
    public void close() {
        open = false;
        generation++;
        services.capture().disarm();
        forgetMember();
        participants = Set.of();
        state.set(State.WAITING);
        message.set("");
    }

    private void waiting() {
        forgetMember();
        state.set(State.WAITING);
        message.set(ctx.messages().get(MessageKey.AFTER_TAP));
        listen();
    }

    private void listen() {
        if (open) {
            int mine = generation;
            services.capture().arm(read -> ctx.ui().execute(() -> cardRead(mine, read)));
        }
    }

    private void cardRead(int mine, CardRead read) {
        if (mine != generation || !open) {
            return;
        }
        listen();
        inBackground(() -> {
            Optional<MemberStore.CardOwner> owner = services.members().findCard(read.lookupKeys());
            ConsentState consent = owner.map(o -> services.consent().current(o.memberId()))
                    .orElse(ConsentState.NOT_ASKED);
            return new Tap(owner.orElse(null), consent);
        }, this::tapped);
    }

    private record Tap(MemberStore.CardOwner owner, ConsentState consent) {
    }

    private void tapped(Tap tap) {
        if (tap.owner() == null || !participants.contains(tap.owner().memberId())) {
            show(State.NOT_FOR_YOU, ctx.messages().get(MessageKey.AFTER_NOT_FOR_YOU));
        } else if (state.get() == State.CONFIRM && tap.owner().memberId().equals(member)) {
            save();
        } else if (!tap.consent().given()) {
            show(State.NO_CONSENT, ctx.messages().format(MessageKey.AFTER_THANKS, tap.owner().name().shortName()));
        } else {
            cancelMessageTimer();
            member = tap.owner().memberId();
            name.set(tap.owner().name().shortName());
            painNow.set(NONE);
            effort.set(NONE);
            state.set(State.ASKING);
            message.set(ctx.messages().get(MessageKey.AFTER_ASK));
        }
    }

    public void choosePain(int score) {
        choose(painNow, score);
    }

    public void chooseEffort(int score) {
        choose(effort, score);
    }

    private void choose(ReadOnlyIntegerWrapper answer, int score) {
        if (score < 0 || score > 10) {
            throw new IllegalArgumentException("0-10, was " + score);
        }
        if (state.get() == State.ASKING || state.get() == State.CONFIRM) {
            answer.set(score);
            if (painNow.get() != NONE && effort.get() != NONE) {
                state.set(State.CONFIRM);
                message.set(ctx.messages().get(MessageKey.AFTER_CONFIRM));
            }
        }
    }

    private void save() {
        UUID who = member;
        String shortName = name.get();
        int pain = painNow.get();
        int work = effort.get();
        state.set(State.SAVING);
        inBackground(() -> {
            services.feedback().record(who, sessionId, pain, work);
            return shortName;
        }, saved -> show(State.THANKS, ctx.messages().format(MessageKey.AFTER_THANKS, saved)));
    }

    /** A short message, then back to waiting for the next card. */
    private void show(State next, String text) {
        cancelMessageTimer();
        forgetMember();
        state.set(next);
        message.set(text);
        messageTimer = ctx.timers().after(MESSAGE_SHOWN_FOR, this::waiting);
    }

    private void forgetMember() {
        cancelMessageTimer();
        member = null;
        name.set("");
        painNow.set(NONE);
        effort.set(NONE);
    }

    private void cancelMessageTimer() {
        if (messageTimer != null) {
            messageTimer.cancel();
            messageTimer = null;
        }
    }

    private <T> void inBackground(java.util.function.Supplier<T> work, java.util.function.Consumer<T> done) {
        int mine = generation;
        try {
            ctx.background().execute(() -> {
                try {
                    T result = work.get();
                    ctx.ui().execute(() -> {
                        if (mine == generation && open) {
                            done.accept(result);
                        }
                    });
                } catch (RuntimeException e) {
                    LOG.warn("After-class answer failed", e);
                    ctx.ui().execute(() -> {
                        if (mine == generation && open) {
                            show(State.FAILED, ctx.messages().get(MessageKey.AFTER_FAILED));
                        }
                    });
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Background executor stopped");
        }
    }
}
