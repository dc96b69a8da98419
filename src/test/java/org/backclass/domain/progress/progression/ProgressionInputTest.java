package org.backclass.domain.progress.progression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.backclass.domain.progress.Completion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgressionInputTest {

    @Test
    void acceptsUnknownAnswersAsNull() {
        var input = new ProgressionInput("cat-cow", 1, 3, null, null, null, null, Completion.SKIPPED, null, 1, false);

        assertThat(input.painDuring()).isNull();
        assertThat(input.nextMorning()).isNull();
    }

    @ParameterizedTest(name = "{8}")
    @CsvSource(delimiter = '|', textBlock = """
        0 | 4 |    |    |    |    | 1 | cat-cow | currentLevel must be 1..4, was 0
        5 | 4 |    |    |    |    | 1 | cat-cow | currentLevel must be 1..4, was 5
        1 | 0 |    |    |    |    | 1 | cat-cow | maxLevel must be 1..4, was 0
        1 | 5 |    |    |    |    | 1 | cat-cow | maxLevel must be 1..4, was 5
        1 | 4 | 11 |    |    |    | 1 | cat-cow | painBefore must be 0..10 or unknown (null), was 11
        1 | 4 |    | -1 |    |    | 1 | cat-cow | painDuring must be 0..10 or unknown (null), was -1
        1 | 4 |    |    | 11 |    | 1 | cat-cow | painAfter must be 0..10 or unknown (null), was 11
        1 | 4 |    |    |    | 11 | 1 | cat-cow | effort must be 0..10 or unknown (null), was 11
        1 | 4 |    |    |    |    | 0 | cat-cow | sessionsAtLevel counts this session, so it must be 1 or more, was 0
        1 | 4 |    |    |    |    | 1 | ' '     | exerciseId must not be blank
        """)
    void refusesImpossibleValuesWithAClearMessage(int level, int max, Integer before, Integer during, Integer after,
            Integer effort, int sessions, String exerciseId, String message) {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new ProgressionInput(exerciseId, level, max, before, during, after, null,
                        Completion.COMPLETED, effort, sessions, false))
                .withMessage(message);
    }

    @Test
    void needsACompletion() {
        assertThatNullPointerException()
                .isThrownBy(() -> new ProgressionInput("cat-cow", 1, 4, 2, 2, 2, null, null, 3, 1, false))
                .withMessage("completion");
    }

    @Test
    void theNextMorningCanBeAddedLater() {
        // given the answers of the evening
        var evening = new ProgressionInput("cat-cow", 2, 4, 3, 4, 4, null, Completion.COMPLETED, 5, 2, false);
        // when the morning answer arrives
        var morning = evening.withNextMorning(NextMorning.fromScores(evening.painBefore(), 3).orElseThrow());
        // then only the response changed
        assertThat(morning.nextMorning()).isEqualTo(NextMorning.SAME);
        assertThat(morning.withNextMorning(null)).isEqualTo(evening);
    }
}
