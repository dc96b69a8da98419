package org.backclass.ui.mine;

import java.util.Objects;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The "My progress" button on a member's own screen (their welcome, or "already checked in"):
 * offered only for the member whose tap is on the screen, and only while its condition holds
 * (e.g. their questions are done). Holds who it is for, so it is cleared with the other personal
 * data whenever the screen changes.
 *
 * <p>Threading: UI thread only.
 */
public final class MyProgressOffer {

    private final BiConsumer<UUID, String> onOpen;
    private final ReadOnlyBooleanWrapper offered = new ReadOnlyBooleanWrapper(this, "offered", false);
    private final ChangeListener<Boolean> follow = (obs, was, now) -> update();
    private UUID memberId;
    private String shortName;
    private ObservableBooleanValue condition;

    /** @param onOpen told the member id and short name when the member taps the button */
    public MyProgressOffer(BiConsumer<UUID, String> onOpen) {
        this.onOpen = Objects.requireNonNull(onOpen, "onOpen");
    }

    /** True while the button is shown. */
    public ReadOnlyBooleanProperty offeredProperty() {
        return offered.getReadOnlyProperty();
    }

    /** Offers the member their progress while {@code condition} is true; replaces any earlier offer. */
    public void offer(UUID memberId, String shortName, ObservableBooleanValue condition) {
        clear();
        this.memberId = Objects.requireNonNull(memberId, "memberId");
        this.shortName = Objects.requireNonNull(shortName, "shortName");
        this.condition = Objects.requireNonNull(condition, "condition");
        condition.addListener(follow);
        update();
    }

    /** The member tapped "My progress". */
    public void open() {
        if (offered.get()) {
            onOpen.accept(memberId, shortName);
        }
    }

    /** Withdraws the offer and forgets whom it was for. */
    public void clear() {
        if (condition != null) {
            condition.removeListener(follow);
        }
        condition = null;
        memberId = null;
        shortName = null;
        offered.set(false);
    }

    private void update() {
        offered.set(memberId != null && condition != null && condition.get());
    }
}
