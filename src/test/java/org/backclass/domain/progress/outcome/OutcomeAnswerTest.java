package org.backclass.domain.progress.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a progress-check answer may hold: scores 0–10, three activities with clean names. */
class OutcomeAnswerTest {

    private static List<ActivityRating> three() {
        return List.of(new ActivityRating("Walking", 3), new ActivityRating("Sitting", 6),
                new ActivityRating("Gardening", 0));
    }

    @Test
    void namesAreTrimmedAndMayBeSixtyCharactersInTheMembersOwnWords() {
        assertThat(ActivityRating.cleanActivity("  Playing with my grandchildren \u00a0")).isEqualTo(
                "Playing with my grandchildren");
        String sixty = "x".repeat(60);
        assertThat(new ActivityRating(sixty, 10).activity()).isEqualTo(sixty);
        // a character outside the basic plane counts once
        assertThat(new ActivityRating("🏊".repeat(60), 5).activity()).hasSize(120);
        assertThat(new ActivityRating("Gartenarbeit – Unkraut jäten", 5).activity()).isEqualTo(
                "Gartenarbeit – Unkraut jäten");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t"})
    void aNameIsNeeded(String text) {
        assertThatThrownBy(() -> ActivityRating.cleanActivity(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an activity needs a name");
    }

    @Test
    void tooLongOrControlCharactersAreRefusedWithAClearMessage() {
        assertThatThrownBy(() -> ActivityRating.cleanActivity("x".repeat(61)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 60 characters");
        assertThatThrownBy(() -> ActivityRating.cleanActivity("Walking\nthe dog"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control characters");
        assertThatThrownBy(() -> ActivityRating.cleanActivity("Walk\u2028ing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control characters");
        assertThatThrownBy(() -> ActivityRating.cleanActivity("Walk\u0000"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("control characters");
    }

    @Test
    void scoresAreZeroToTen() {
        assertThatThrownBy(() -> new ActivityRating("Walking", 11)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ActivityRating("Walking", -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new OutcomeAnswer(UUID.randomUUID(), UUID.randomUUID(), Timepoint.BASELINE,
                Instant.EPOCH, 11, three())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void exactlyThreeActivities() {
        assertThatThrownBy(() -> new OutcomeAnswer(UUID.randomUUID(), UUID.randomUUID(), Timepoint.BASELINE,
                Instant.EPOCH, 3, three().subList(0, 2))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("3 activities");
        OutcomeAnswer a = new OutcomeAnswer(UUID.randomUUID(), UUID.randomUUID(), Timepoint.BASELINE, Instant.EPOCH,
                3, three());
        assertThat(a.activityNames()).containsExactly("Walking", "Sitting", "Gardening");
        assertThat(a.functionScore()).isEqualTo(3.0);
    }

    @Test
    void timepointsHaveStableStoredNames() {
        assertThat(List.of(Timepoint.values())).extracting(Timepoint::code).containsExactly("baseline",
                "end-of-course", "3-months", "6-months", "12-months");
        assertThat(Timepoint.ofCode("6-months")).isEqualTo(Timepoint.MONTHS_6);
        assertThatThrownBy(() -> Timepoint.ofCode("2-months")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("known");
    }
}
