package org.backclass.ui.instructor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.backclass.domain.card.CardKey;
import org.backclass.domain.card.CardRead;
import org.backclass.domain.checkin.CardCapture;
import org.backclass.domain.member.CardCollisionException;
import org.backclass.domain.member.Member;
import org.backclass.domain.member.MemberStore;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.UiContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enrolling a card on the kiosk, in instructor mode: wait for the new card, find the member by
 * name on the on-screen keyboard, confirm. A card that already belongs to someone is shown with
 * its holder and can be revoked at once.
 *
 * <p>Threading: UI thread only. The card arrives through {@link CardCapture} on a reader thread
 * and is handed over through the UI executor; lookups and writes run on the background executor.
 * Everything that comes back after {@link #clear()} (or from an earlier step) is dropped.
 */
public final class EnrolViewModel {

    /** Where the enrolment stands. */
    public enum State { WAITING, KNOWN_CARD, UNREADABLE, CHOOSE_MEMBER, CONFIRM, SAVING, DONE, FAILED }

    /** A member in the search results: full name and member number, for staff only. */
    public record Choice(UUID memberId, String label, String shortName) {
    }

    static final int RESULTS = 8;
    private static final Logger LOG = LoggerFactory.getLogger(EnrolViewModel.class);

    private final UiContext ctx;
    private final CardCapture capture;
    private final MemberStore members;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.WAITING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper query = new ReadOnlyStringWrapper(this, "query", "");
    private final ReadOnlyListWrapper<Choice> results =
            new ReadOnlyListWrapper<>(this, "results", FXCollections.observableArrayList());
    private int generation;
    private CardKey card;
    private MemberStore.CardOwner owner;
    private Choice chosen;

    public EnrolViewModel(UiContext ctx, CardCapture capture, MemberStore members) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.capture = Objects.requireNonNull(capture, "capture");
        this.members = Objects.requireNonNull(members, "members");
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** What the screen says in the current state, in words. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The name typed on the on-screen keyboard. */
    public ReadOnlyStringProperty queryProperty() {
        return query.getReadOnlyProperty();
    }

    public ReadOnlyListProperty<Choice> resultsProperty() {
        return results.getReadOnlyProperty();
    }

    /** Waits for the next card on any reader; that tap checks nobody in. */
    public void start() {
        reset();
        int mine = generation;
        say(State.WAITING, MessageKey.ENROL_WAITING);
        capture.arm(read -> ctx.ui().execute(() -> cardRead(mine, read)));
    }

    private void cardRead(int mine, CardRead read) {
        if (mine != generation) {
            return;
        }
        Optional<CardKey> key = read.canonicalKey();
        inBackground(mine, () -> members.findCard(read.lookupKeys()), found -> {
            if (found.isPresent()) {
                owner = found.get();
                message.set(ctx.messages().format(MessageKey.ENROL_KNOWN, owner.name().shortName()));
                state.set(State.KNOWN_CARD);
            } else if (key.isEmpty()) {
                // A reader that types only part of the number (say 4 of 7 bytes) cannot enrol a card.
                say(State.UNREADABLE, MessageKey.ENROL_UNREADABLE);
            } else {
                card = key.get();
                say(State.CHOOSE_MEMBER, MessageKey.ENROL_CHOOSE);
            }
        });
    }

    /** A key of the on-screen keyboard. */
    public void type(String text) {
        if (state.get() == State.CHOOSE_MEMBER && query.get().length() < 40) {
            search(query.get() + text);
        }
    }

    public void backspace() {
        if (state.get() == State.CHOOSE_MEMBER && !query.get().isEmpty()) {
            search(query.get().substring(0, query.get().length() - 1));
        }
    }

    private void search(String text) {
        query.set(text);
        int mine = ++generation;
        results.clear();
        if (text.isBlank()) {
            return;
        }
        inBackground(mine, () -> members.search(text, RESULTS), found -> results.setAll(found.stream()
                .map(EnrolViewModel::choice).toList()));
    }

    private static Choice choice(Member m) {
        String name = m.name().firstName() + " " + m.name().lastName();
        return new Choice(m.id(), m.memberNumber() == null ? name : name + " · " + m.memberNumber(),
                m.name().shortName());
    }

    public void choose(Choice member) {
        if (state.get() == State.CHOOSE_MEMBER) {
            chosen = Objects.requireNonNull(member, "member");
            message.set(ctx.messages().format(MessageKey.ENROL_CONFIRM, member.label()));
            state.set(State.CONFIRM);
        }
    }

    /** Back from the confirmation to the search. */
    public void back() {
        if (state.get() == State.CONFIRM) {
            chosen = null;
            say(State.CHOOSE_MEMBER, MessageKey.ENROL_CHOOSE);
        }
    }

    public void confirm() {
        if (state.get() != State.CONFIRM) {
            return;
        }
        Choice who = chosen;
        CardKey key = card;
        state.set(State.SAVING);
        inBackground(++generation, () -> members.enrolCard(who.memberId(), key), enrolled -> {
            LOG.info("Card {} enrolled for member {} on the kiosk", enrolled.id(), who.memberId());
            message.set(ctx.messages().format(MessageKey.ENROL_DONE, who.shortName()));
            state.set(State.DONE);
        });
    }

    /** Revokes the card shown as known: it stops checking anyone in at once. */
    public void revoke() {
        if (state.get() != State.KNOWN_CARD) {
            return;
        }
        MemberStore.CardOwner card = owner;
        state.set(State.SAVING);
        inBackground(++generation, () -> members.revokeCard(card.cardId()), revoked -> {
            LOG.info("Card {} of member {} revoked on the kiosk", card.cardId(), card.memberId());
            message.set(ctx.messages().format(MessageKey.ENROL_REVOKED, card.name().shortName()));
            state.set(State.DONE);
        });
    }

    /** Stops waiting for a card and forgets everything (leaving the screen). */
    public void clear() {
        reset();
        state.set(State.WAITING);
        message.set("");
    }

    private void reset() {
        generation++;
        capture.disarm();
        card = null;
        owner = null;
        chosen = null;
        query.set("");
        results.clear();
    }

    private void say(State next, MessageKey key) {
        message.set(ctx.messages().get(key));
        state.set(next);
    }

    /** Runs {@code work} off the UI thread; its result (or failure) comes back only if still current. */
    private <T> void inBackground(int mine, Supplier<T> work, Consumer<T> done) {
        try {
            ctx.background().execute(() -> {
                try {
                    T result = work.get();
                    ctx.ui().execute(() -> {
                        if (mine == generation) {
                            done.accept(result);
                        }
                    });
                } catch (RuntimeException e) {
                    ctx.ui().execute(() -> failed(mine, e));
                }
            });
        } catch (RejectedExecutionException e) {
            failed(mine, e);
        }
    }

    private void failed(int mine, RuntimeException e) {
        if (mine != generation) {
            return;
        }
        if (e instanceof CardCollisionException collision) {
            message.set(ctx.messages().format(MessageKey.ENROL_COLLISION, collision.getMessage()));
        } else {
            LOG.warn("Card enrolment step failed", e);
            message.set(ctx.messages().get(MessageKey.ENROL_FAILED));
        }
        state.set(State.FAILED);
    }
}
