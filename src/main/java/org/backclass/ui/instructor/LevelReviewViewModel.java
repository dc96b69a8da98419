package org.backclass.ui.instructor;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyListProperty;
import javafx.beans.property.ReadOnlyListWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import org.backclass.domain.staff.ActedBy;
import org.backclass.domain.progress.LevelChange;
import org.backclass.domain.progress.LevelDecision;
import org.backclass.domain.progress.review.MemberProposal;
import org.backclass.domain.progress.review.ProposalService;
import org.backclass.domain.progress.review.ReviewableSession;
import org.backclass.domain.progress.review.SessionProposals;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.Messages;
import org.backclass.ui.support.TimeText;
import org.backclass.ui.support.UiContext;
import org.backclass.ui.support.UiTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * "Review levels": every member's progression proposals after a closed class, each confirmed,
 * changed to another level or rejected with one tap. Nothing changes a level until the instructor
 * decides; a decided row shows its decision and cannot be decided again. Health-derived reasons
 * are shown here only, in instructor mode.
 *
 * <p>Threading: UI thread only. Proposals are read and decisions stored on the background
 * executor through {@link UiTasks}; a failed save puts the row back as it was, with a calm message,
 * so nothing is lost. {@link #clear()} forgets everything, and work still running is dropped.
 */
public final class LevelReviewViewModel {

    /** Loading state of the proposals. */
    public enum State { LOADING, READY, UNAVAILABLE }

    private static final Logger LOG = LoggerFactory.getLogger(LevelReviewViewModel.class);

    private final UiContext ctx;
    private final ProposalService proposals;
    private final UiTasks tasks;
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(this, "state", State.LOADING);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyListWrapper<ReviewRow> rows =
            new ReadOnlyListWrapper<>(this, "rows", FXCollections.observableArrayList());
    private ActedBy decidedBy;
    private int generation;

    public LevelReviewViewModel(UiContext ctx, ProposalService proposals) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.proposals = Objects.requireNonNull(proposals, "proposals");
        this.tasks = new UiTasks(ctx);
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The class whose proposals these are: "Levels after Back Basics, 18:00". */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** A calm line: nothing left to decide, or a save that did not work; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One row per open proposal, by member in check-in order, then exercise in the order done. */
    public ReadOnlyListProperty<ReviewRow> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /**
     * Reads the session's open proposals off the UI thread.
     *
     * @param by who decides: the staff card that unlocked instructor mode, or the PIN
     */
    public void open(ReviewableSession session, ActedBy by) {
        Objects.requireNonNull(session, "session");
        clear();
        decidedBy = Objects.requireNonNull(by, "by");
        title.set(ctx.messages().format(MessageKey.REVIEW_TITLE, session.className(), when(session)));
        int mine = generation;
        AtomicReference<Optional<SessionProposals>> read = new AtomicReference<>(Optional.empty());
        tasks.run(() -> read.set(proposals.proposalsFor(session.sessionId())), () -> mine == generation, () -> {
            rows.setAll(read.get().map(p -> p.proposals().stream().map(this::row).toList()).orElse(List.of()));
            state.set(State.READY);
            message.set(rows.isEmpty() ? ctx.messages().get(MessageKey.REVIEW_NONE) : "");
        }, e -> {
            if (mine == generation) {
                LOG.warn("The proposals of class session {} could not be read", session.sessionId(), e);
                state.set(State.UNAVAILABLE);
                message.set(ctx.messages().get(MessageKey.REVIEW_UNAVAILABLE));
            }
        });
    }

    /** The proposal stands. */
    public void confirm(ReviewRow row) {
        decide(row, LevelDecision.CONFIRMED, null);
    }

    /** The member stays where they are. */
    public void reject(ReviewRow row) {
        decide(row, LevelDecision.REJECTED, null);
    }

    /** "Change": shows the row's level buttons, or hides them again. */
    public void chooseLevel(ReviewRow row) {
        current(row).filter(ReviewRow::decidable).ifPresent(r -> replace(r.with(
                r.status() == ReviewRow.Status.OPEN ? ReviewRow.Status.CHOOSING_LEVEL : ReviewRow.Status.OPEN, "")));
    }

    /**
     * The instructor's own level instead of the proposed one.
     *
     * @throws IllegalArgumentException when the exercise has no such level
     */
    public void change(ReviewRow row, int level) {
        if (level < 1 || level > row.proposal().maxLevel()) {
            throw new IllegalArgumentException("level must be 1.." + row.proposal().maxLevel() + ", was " + level);
        }
        decide(row, LevelDecision.CHANGED, level);
    }

    /** Confirms every open proposal to stay on the same level, in one go. */
    public void confirmAllHolds() {
        List<ReviewRow> holds = rows.stream().filter(r -> r.decidable() && r.hold()).toList();
        if (holds.isEmpty() || decidedBy == null) {
            return;
        }
        holds.forEach(r -> replace(saving(r)));
        message.set("");
        ActedBy by = decidedBy;
        int mine = generation;
        Map<String, Optional<LevelChange>> done = new ConcurrentHashMap<>();
        tasks.run(() -> holds.forEach(r -> done.put(r.key(),
                proposals.decide(r.proposal(), LevelDecision.CONFIRMED, null, by))),
                () -> mine == generation, () -> holds.forEach(r -> decided(r, done.get(r.key()))), e -> {
                    if (mine == generation) {
                        LOG.warn("Confirming the holds failed after {} of {}", done.size(), holds.size(), e);
                        // Those stored stay decided; the rest are open again, nothing is lost.
                        holds.forEach(r -> {
                            if (done.containsKey(r.key())) {
                                decided(r, done.get(r.key()));
                            } else {
                                replace(r.with(ReviewRow.Status.OPEN, ""));
                            }
                        });
                        message.set(ctx.messages().get(MessageKey.REVIEW_FAILED));
                    }
                });
    }

    /** Forgets every row and who decides (the screen is left); work still running is dropped. */
    public void clear() {
        generation++;
        decidedBy = null;
        rows.clear();
        title.set("");
        message.set("");
        state.set(State.LOADING);
    }

    private void decide(ReviewRow row, LevelDecision decision, Integer level) {
        Optional<ReviewRow> now = current(row).filter(ReviewRow::decidable);
        if (now.isEmpty() || decidedBy == null) {
            return;
        }
        ReviewRow open = now.get().with(ReviewRow.Status.OPEN, "");
        replace(saving(open));
        message.set("");
        ActedBy by = decidedBy;
        int mine = generation;
        AtomicReference<Optional<LevelChange>> stored = new AtomicReference<>();
        tasks.run(() -> stored.set(proposals.decide(open.proposal(), decision, level, by)), () -> mine == generation,
                () -> decided(open, stored.get()), e -> {
                    if (mine == generation) {
                        LOG.warn("A level decision could not be stored", e);
                        replace(open);
                        message.set(ctx.messages().get(MessageKey.REVIEW_FAILED));
                    }
                });
    }

    private void decided(ReviewRow row, Optional<LevelChange> change) {
        Messages m = ctx.messages();
        replace(change.map(c -> switch (c.decision()) {
            case CONFIRMED -> row.with(ReviewRow.Status.CONFIRMED, m.format(MessageKey.REVIEW_CONFIRMED,
                    c.resultingLevel()));
            case CHANGED -> row.with(ReviewRow.Status.CHANGED, m.format(MessageKey.REVIEW_CHANGED, c.resultingLevel()));
            case REJECTED -> row.with(ReviewRow.Status.REJECTED, m.format(MessageKey.REVIEW_REJECTED, c.fromLevel()));
        }).orElseGet(() -> row.with(ReviewRow.Status.DECIDED_ELSEWHERE, m.get(MessageKey.REVIEW_DECIDED_ELSEWHERE))));
    }

    private ReviewRow saving(ReviewRow row) {
        return row.with(ReviewRow.Status.SAVING, ctx.messages().get(MessageKey.REVIEW_SAVING));
    }

    private Optional<ReviewRow> current(ReviewRow row) {
        return rows.stream().filter(r -> r.key().equals(row.key())).findFirst();
    }

    private void replace(ReviewRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).key().equals(row.key())) {
                rows.set(i, row);
                return;
            }
        }
    }

    private ReviewRow row(MemberProposal p) {
        Messages m = ctx.messages();
        String exercise = proposals.catalogue().find(p.exerciseId()).map(e -> e.name().in(m.locale()))
                .orElse(p.exerciseId());
        String change = p.proposal().fromLevel() == p.proposal().toLevel()
                ? m.format(MessageKey.REVIEW_STAY, p.proposal().fromLevel())
                : m.format(MessageKey.REVIEW_MOVE, p.proposal().fromLevel(), p.proposal().toLevel());
        return new ReviewRow(p, exercise, change, m.get(ReasonTexts.of(p.proposal().reason())),
                ReviewRow.Status.OPEN, "");
    }

    /** The start time, with the day when the class was not today. */
    private String when(ReviewableSession session) {
        ZonedDateTime start = session.startsAt().atZone(ctx.clock().getZone());
        String time = TimeText.hoursMinutes(session.startsAt(), ctx.clock().getZone());
        if (start.toLocalDate().equals(LocalDate.now(ctx.clock()))) {
            return time;
        }
        return DateTimeFormatter.ofPattern("EEE d MMM", ctx.messages().locale()).format(start) + ", " + time;
    }
}
