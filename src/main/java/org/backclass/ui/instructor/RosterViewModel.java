package org.backclass.ui.instructor;

import java.util.Objects;
import java.util.UUID;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.backclass.domain.redflag.RedFlagStore;
import org.backclass.domain.staff.ActedBy;
import org.backclass.ui.support.MessageKey;
import org.backclass.ui.support.UiContext;
import org.backclass.ui.support.UiTasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the instructor does on the roster itself: open a member's line to see their levels per
 * exercise, and clear a red flag after speaking to the member ("Spoken with them — clear", then
 * one confirming tap). The flag is cleared on the background executor, recorded as cleared by
 * whoever unlocked instructor mode; then the roster is read again.
 *
 * <p>Threading: UI thread only. {@link #clear()} forgets the open line and a pending
 * confirmation, and drops a clearing still running (it stays stored; only its follow-up is
 * dropped).
 */
public final class RosterViewModel {

    private static final Logger LOG = LoggerFactory.getLogger(RosterViewModel.class);

    private final UiContext ctx;
    private final UiTasks tasks;
    private final RedFlagStore redFlags;
    private final Runnable reload;
    private final ReadOnlyObjectWrapper<UUID> expanded = new ReadOnlyObjectWrapper<>(this, "expanded");
    private final ReadOnlyObjectWrapper<UUID> confirming = new ReadOnlyObjectWrapper<>(this, "confirming");
    private final ReadOnlyObjectWrapper<UUID> clearing = new ReadOnlyObjectWrapper<>(this, "clearing");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    /** The instructor mode was opened without saying how (tests): the PIN is the shared credential. */
    private ActedBy unlockedBy = ActedBy.PIN;
    private int generation;

    /**
     * @param redFlags where flags are cleared; null: the roster shows no way to clear them
     * @param reload   reads the roster again (after a flag was cleared)
     */
    RosterViewModel(UiContext ctx, RedFlagStore redFlags, Runnable reload) {
        this.ctx = Objects.requireNonNull(ctx, "ctx");
        this.tasks = new UiTasks(ctx);
        this.redFlags = redFlags;
        this.reload = Objects.requireNonNull(reload, "reload");
    }

    /** The member whose line is open, showing each exercise's level; null: none. */
    public ReadOnlyObjectProperty<UUID> expandedProperty() {
        return expanded.getReadOnlyProperty();
    }

    /** The member whose red flag waits for the confirming tap; null: none. */
    public ReadOnlyObjectProperty<UUID> confirmingProperty() {
        return confirming.getReadOnlyProperty();
    }

    /** The member whose red flag is being cleared right now; null: none. */
    public ReadOnlyObjectProperty<UUID> clearingProperty() {
        return clearing.getReadOnlyProperty();
    }

    /** Why the last clearing did not work, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public boolean canClearRedFlags() {
        return redFlags != null;
    }

    /** Who will be recorded as having cleared a flag: who unlocked instructor mode. */
    void unlockedBy(ActedBy by) {
        unlockedBy = Objects.requireNonNull(by, "by");
    }

    /** Opens the member's line, or closes it when it is open. */
    public void toggleLevels(UUID memberId) {
        expanded.set(memberId.equals(expanded.get()) ? null : memberId);
    }

    /** "Spoken with them — clear": asks for the confirming tap. */
    public void askToClearRedFlag(UUID memberId) {
        if (canClearRedFlags() && clearing.get() == null) {
            message.set("");
            confirming.set(memberId);
        }
    }

    /** "Not yet": the flag stays. */
    public void cancelClearRedFlag() {
        if (clearing.get() == null) {
            confirming.set(null);
        }
    }

    /** "Yes, clear": clears the flag off the UI thread, then reads the roster again. */
    public void clearRedFlag() {
        UUID memberId = confirming.get();
        if (memberId == null || clearing.get() != null) {
            return;
        }
        int mine = generation;
        ActedBy by = unlockedBy;
        clearing.set(memberId);
        tasks.run(() -> redFlags.resolve(memberId, by), () -> mine == generation, () -> {
            clearing.set(null);
            confirming.set(null);
            reload.run();
        }, e -> {
            if (mine != generation) {
                return;
            }
            LOG.warn("A red flag could not be cleared", e);
            clearing.set(null);
            message.set(ctx.messages().get(MessageKey.INSTRUCTOR_RED_FLAG_FAILED));
        });
    }

    /** Forgets the open line, a pending confirmation and the message (leaving the roster). */
    void clear() {
        generation++;
        expanded.set(null);
        confirming.set(null);
        clearing.set(null);
        message.set("");
    }
}
