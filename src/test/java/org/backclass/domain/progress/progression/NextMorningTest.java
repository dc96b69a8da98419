package org.backclass.domain.progress.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NextMorningTest {

    @ParameterizedTest(name = "before {0}, morning {1}: {2}")
    @CsvSource({"3, 4, WORSE", "0, 1, WORSE", "2, 9, WORSE", "3, 3, SAME", "0, 0, SAME", "10, 10, SAME",
            "5, 4, BETTER", "10, 0, BETTER"})
    void comparesTheMorningScoreWithThePainBeforeTheSession(int before, int morning, NextMorning expected) {
        assertThat(NextMorning.fromScores(before, morning)).contains(expected);
    }

    @Test
    void isUnknownWhenEitherScoreIsMissing() {
        assertThat(NextMorning.fromScores(null, 3)).isEmpty();
        assertThat(NextMorning.fromScores(3, null)).isEmpty();
        assertThat(NextMorning.fromScores(null, null)).isEmpty();
    }

    @Test
    void refusesScoresOutsideTheScale() {
        assertThatIllegalArgumentException().isThrownBy(() -> NextMorning.fromScores(3, 11))
                .withMessage("morningScore must be 0..10, was 11");
        assertThatIllegalArgumentException().isThrownBy(() -> NextMorning.fromScores(-1, 3))
                .withMessage("painBefore must be 0..10, was -1");
        assertThatIllegalArgumentException().isThrownBy(() -> NextMorning.fromScores(null, 12));
    }
}
