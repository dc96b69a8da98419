package org.backclass.ui;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.value.ObservableBooleanValue;
import org.backclass.ui.checkin.PainState;
import org.backclass.ui.checkin.WelcomeViewModel;
import org.backclass.ui.mine.MyProgressOffer;
import org.backclass.ui.mine.MyProgressServices;
import org.backclass.ui.mine.MyProgressViewModel;
import org.backclass.ui.support.UiContext;

/**
 * "My progress" on a member's own screens: the button on their welcome (once nothing more is
 * asked there) and on "already checked in", and the progress screen it opens. Offered only for the
 * member whose tap is on the screen; everything here is personal and goes with {@link #clear()}.
 *
 * <p>Threading: UI thread only.
 */
final class MyProgressScreens {

    /** The welcome offers "My progress" only once nothing more is asked there. */
    private static final Set<PainState> QUESTIONS_DONE = EnumSet.of(PainState.THANKS, PainState.SKIPPED,
            PainState.NO_QUESTIONS);

    private final MyProgressOffer offer;
    /** Null when the kiosk does not offer members their progress. */
    private final MyProgressViewModel progress;
    private final BooleanBinding questionsDone;
    private final ObservableBooleanValue always = new ReadOnlyBooleanWrapper(true);

    /**
     * @param services null: nothing is offered
     * @param onOpen   told the member and short name when they tap "My progress"
     */
    MyProgressScreens(UiContext ctx, MyProgressServices services, WelcomeViewModel welcome,
            BiConsumer<UUID, String> onOpen) {
        this.offer = new MyProgressOffer(onOpen);
        this.progress = services == null ? null : new MyProgressViewModel(ctx, services);
        this.questionsDone = Bindings.createBooleanBinding(
                () -> QUESTIONS_DONE.contains(welcome.painStateProperty().get()), welcome.painStateProperty());
    }

    /** The button on the member's own screens. */
    MyProgressOffer offer() {
        return offer;
    }

    /** The progress screen; null when the kiosk does not offer it. */
    MyProgressViewModel progress() {
        return progress;
    }

    /** On the welcome: offered once the member's questions are done. */
    void offerAfterQuestions(UUID memberId, String shortName) {
        if (progress != null) {
            offer.offer(memberId, shortName, questionsDone);
        }
    }

    /** On "already checked in": nothing is asked, so offered at once. */
    void offerNow(UUID memberId, String shortName) {
        if (progress != null) {
            offer.offer(memberId, shortName, always);
        }
    }

    /** Reads the member's progress (off the UI thread) for the progress screen. */
    void load(UUID memberId, String shortName) {
        progress.load(memberId, shortName);
    }

    /** Forgets the member: the offer and the progress screen. */
    void clear() {
        offer.clear();
        if (progress != null) {
            progress.clear();
        }
    }
}
