package org.backclass.ui.instructor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.backclass.domain.checkin.RosterEntry;
import org.backclass.domain.progress.adherence.Adherence;
import org.backclass.domain.progress.progression.ProgressionRules;
import org.backclass.ui.support.Messages;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RosterLineTest {

    private final Messages en = Messages.load(Locale.ENGLISH);

    private static RosterEntry entry(Integer pain, Integer previous) {
        return new RosterEntry(UUID.randomUUID(), "Anna K.", Instant.EPOCH, pain, previous);
    }

    @ParameterizedTest(name = "pain {0} is {1}")
    @CsvSource({"0, pain-green", "2, pain-green", "3, pain-amber", "5, pain-amber", "6, pain-red", "10, pain-red"})
    void painHasTheTrafficLightOfThePainMonitoringModel(int pain, String style) {
        assertThat(RosterLine.of(entry(pain, null), null, en).painStyle()).isEqualTo(style);
    }

    @Test
    void theChangeSinceLastTimeIsShownWhenBothAnswersAreKnown() {
        assertThat(RosterLine.of(entry(6, 4), null, en).change()).isEqualTo("▲2 since last time");
        assertThat(RosterLine.of(entry(3, 5), null, en).change()).isEqualTo("▼2 since last time");
        assertThat(RosterLine.of(entry(3, 3), null, en).change()).isEqualTo("same as last time");
        assertThat(RosterLine.of(entry(null, 3), null, en).change()).isEmpty();
        assertThat(RosterLine.of(entry(null, null), null, en).pain()).isEqualTo("no answer");
        assertThat(RosterLine.of(entry(null, null), null, en).painStyle()).isEqualTo("pain-none");
    }

    @Test
    void adherenceInWordsAndTheFlagForTwoMissedClasses() {
        Adherence regular = new Adherence(1, 2, 88, 3, 5, 16, 0, false);
        Adherence slipping = new Adherence(0, 2, 60, 0, 7, 16, 2, true);

        assertThat(RosterLine.of(entry(2, null), regular, en).adherence())
                .isEqualTo("session 5 of 16 · 1 of 2 this week · 88 % attended");
        assertThat(RosterLine.of(entry(2, null), regular, en).flag()).isEmpty();
        assertThat(RosterLine.of(entry(2, null), slipping, en).flag()).isEqualTo("missed 2 classes in a row");
        assertThat(RosterLine.of(entry(2, null), new Adherence(0, 2, null, 0, 1, 16, 0, false), en).adherence())
                .isEqualTo("session 1 of 16 · 0 of 2 this week");
    }

    @Test
    void aSiteWithOtherThresholdsGetsItsOwnColours() {
        ProgressionRules strict = new ProgressionRules(1, 4, 2, 6, true);

        assertThat(RosterLine.of(entry(2, null), null, false, strict, en).painStyle()).isEqualTo("pain-amber");
        assertThat(RosterLine.of(entry(5, null), null, false, strict, en).painStyle()).isEqualTo("pain-red");
    }

    @Test
    void anOpenRedFlagComesFirstInTheFlag() {
        Adherence slipping = new Adherence(0, 2, 60, 0, 7, 16, 2, true);

        assertThat(RosterLine.of(entry(2, null), null, true, ProgressionRules.defaults(), en).flag()).isEqualTo("⚠ speak to them before exercising");
        assertThat(RosterLine.of(entry(2, null), slipping, true, ProgressionRules.defaults(), en).flag())
                .isEqualTo("⚠ speak to them before exercising · missed 2 classes in a row");
    }
}
