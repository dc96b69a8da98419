package org.backclass.ui.checkin;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.backclass.domain.progress.outcome.ActivityRating;
import org.backclass.domain.progress.outcome.OutcomeAnswer;

/**
 * Choosing the three activities of the Patient-Specific Functional Scale: big buttons with common
 * activities, and "Something else" typed on the on-screen keyboard. A tap chooses, a second tap
 * un-chooses (a typed one then goes away again, so the buttons never outgrow the screen); at most
 * three. What the member typed is kept in their words (first letter as typed,
 * the rest in small letters, since the keyboard types capitals). Personal: {@link #clear()}.
 * UI thread only.
 */
public final class ActivityPicker {

    /** One activity button. */
    public record Choice(String label, boolean chosen) {
    }

    private final Locale locale;
    private final ObservableList<Choice> choices = FXCollections.observableArrayList();
    private final ObservableList<Choice> readOnlyChoices = FXCollections.unmodifiableObservableList(choices);
    private final List<String> chosenInOrder = new ArrayList<>();
    private int common;
    private final ReadOnlyIntegerWrapper chosenCount = new ReadOnlyIntegerWrapper(this, "chosenCount", 0);
    private final ReadOnlyBooleanWrapper typing = new ReadOnlyBooleanWrapper(this, "typing", false);
    private final ReadOnlyStringWrapper typed = new ReadOnlyStringWrapper(this, "typed", "");
    private final ReadOnlyBooleanWrapper canAdd = new ReadOnlyBooleanWrapper(this, "canAdd", false);

    ActivityPicker(Locale locale) {
        this.locale = locale;
    }

    /** The buttons: the common activities, then any the member typed, in order. */
    public ObservableList<Choice> choices() {
        return readOnlyChoices;
    }

    public ReadOnlyIntegerProperty chosenCountProperty() {
        return chosenCount.getReadOnlyProperty();
    }

    /** True while the keyboard is up for "Something else". */
    public ReadOnlyBooleanProperty typingProperty() {
        return typing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty typedProperty() {
        return typed.getReadOnlyProperty();
    }

    /** True when what was typed makes an activity's name. */
    public ReadOnlyBooleanProperty canAddProperty() {
        return canAdd.getReadOnlyProperty();
    }

    /** Starts afresh with these common activities to choose from. */
    void reset(List<String> common) {
        clear();
        common.forEach(label -> choices.add(new Choice(label, false)));
        this.common = common.size();
    }

    /** The activities chosen, in the order they were chosen. */
    List<String> chosen() {
        return List.copyOf(chosenInOrder);
    }

    boolean complete() {
        return chosenInOrder.size() == OutcomeAnswer.ACTIVITIES;
    }

    /** True while "Something else" can add one more (fewer than three chosen, not typing). */
    public boolean canType() {
        return !complete() && !typing.get();
    }

    /** Chooses the activity of button {@code index}, or un-chooses it. */
    public void toggle(int index) {
        if (typing.get() || index < 0 || index >= choices.size()) {
            return;
        }
        Choice c = choices.get(index);
        if (c.chosen()) {
            chosenInOrder.remove(c.label());
            if (index >= common) {
                choices.remove(index);
            } else {
                choices.set(index, new Choice(c.label(), false));
            }
        } else if (complete()) {
            return; // three already: un-choose one first
        } else {
            chosenInOrder.add(c.label());
            choices.set(index, new Choice(c.label(), true));
        }
        chosenCount.set(chosenInOrder.size());
    }

    /** "Something else": the keyboard comes up (while fewer than three are chosen). */
    public void startTyping() {
        if (!complete()) {
            setTyped("");
            typing.set(true);
        }
    }

    /** A key of the on-screen keyboard (letters come as capitals). */
    public void type(String key) {
        if (!typing.get()) {
            return;
        }
        String now = typed.get();
        String next = now + (now.isEmpty() ? key : key.toLowerCase(locale));
        if (next.codePointCount(0, next.length()) <= ActivityRating.MAX_ACTIVITY_LENGTH) {
            setTyped(next);
        }
    }

    public void backspace() {
        String now = typed.get();
        if (typing.get() && !now.isEmpty()) {
            setTyped(now.substring(0, now.offsetByCodePoints(now.length(), -1)));
        }
    }

    /** Adds what was typed as a chosen activity (or chooses the button of that name, if there is one). */
    public void addTyped() {
        if (!typing.get() || !canAdd.get()) {
            return;
        }
        String label = ActivityRating.cleanActivity(typed.get());
        typing.set(false);
        setTyped("");
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).label().equalsIgnoreCase(label)) {
                if (!choices.get(i).chosen()) {
                    toggle(i);
                }
                return;
            }
        }
        if (!complete()) {
            choices.add(new Choice(label, false));
            toggle(choices.size() - 1);
        }
    }

    /** Back from the keyboard without adding anything. */
    public void cancelTyping() {
        typing.set(false);
        setTyped("");
    }

    private void setTyped(String text) {
        typed.set(text);
        boolean valid;
        try {
            ActivityRating.cleanActivity(text);
            valid = true;
        } catch (IllegalArgumentException e) {
            valid = false;
        }
        canAdd.set(valid);
    }

    /** Forgets every choice and anything typed. */
    void clear() {
        choices.clear();
        common = 0;
        chosenInOrder.clear();
        chosenCount.set(0);
        cancelTyping();
    }
}
