package org.backclass.ui.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Choosing three activities: common ones by a tap, others typed in the member's own words. */
class ActivityPickerTest {

    private final ActivityPicker picker = new ActivityPicker(Locale.GERMAN);

    @BeforeEach
    void offer() {
        picker.reset(List.of("Gehen", "Sitzen", "Heben", "Sport"));
    }

    private void type(String keys) {
        keys.codePoints().mapToObj(Character::toString).forEach(picker::type);
    }

    private List<String> labels() {
        return picker.choices().stream().map(ActivityPicker.Choice::label).toList();
    }

    @Test
    void atMostThreeAndASecondTapUnchooses() {
        picker.toggle(0);
        picker.toggle(1);
        picker.toggle(2);
        picker.toggle(3);
        assertThat(picker.chosen()).containsExactly("Gehen", "Sitzen", "Heben");
        assertThat(picker.choices().get(3).chosen()).isFalse();
        assertThat(picker.canType()).as("no fourth").isFalse();

        picker.toggle(1);
        picker.toggle(3);
        assertThat(picker.chosen()).containsExactly("Gehen", "Heben", "Sport");
        assertThat(picker.chosenCountProperty().get()).isEqualTo(3);
    }

    @Test
    void typedActivitiesAreKeptInTheMembersWordsAndGoAwayWhenUnchosen() {
        picker.startTyping();
        type("MIT DEM ENKEL SPIELEN");
        assertThat(picker.typedProperty().get()).isEqualTo("Mit dem enkel spielen");
        picker.backspace();
        type("N");
        picker.addTyped();

        assertThat(picker.typingProperty().get()).isFalse();
        assertThat(picker.chosen()).containsExactly("Mit dem enkel spielen");
        assertThat(labels()).hasSize(5);

        picker.toggle(4);
        assertThat(labels()).containsExactly("Gehen", "Sitzen", "Heben", "Sport");
        assertThat(picker.chosen()).isEmpty();
    }

    @Test
    void aTypedNameOfAButtonChoosesThatButton() {
        picker.startTyping();
        type("SPORT ");
        picker.addTyped();

        assertThat(labels()).hasSize(4);
        assertThat(picker.choices().get(3)).isEqualTo(new ActivityPicker.Choice("Sport", true));
    }

    @Test
    void blankOrTooLongCannotBeAddedAndBackAddsNothing() {
        picker.startTyping();
        type("   ");
        assertThat(picker.canAddProperty().get()).isFalse();
        picker.addTyped();
        assertThat(picker.typingProperty().get()).isTrue();

        type("X".repeat(80));
        assertThat(picker.typedProperty().get()).hasSize(60);
        assertThat(picker.canAddProperty().get()).isTrue();

        picker.cancelTyping();
        assertThat(picker.chosen()).isEmpty();
        assertThat(picker.typedProperty().get()).isEmpty();
        assertThat(labels()).hasSize(4);
    }

    @Test
    void tapsOnButtonsWhileTypingAreIgnored() {
        picker.startTyping();
        picker.toggle(0);
        assertThat(picker.chosen()).isEmpty();
    }
}
