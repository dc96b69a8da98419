package org.backclass.domain.progress.mine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.backclass.domain.progress.mine.PainChange.Kind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The minimal important change of the 0–10 pain scale: 2 points or 30 % of the baseline, by default. */
class MinimalImportantChangeTest {

    private static final MinimalImportantChange DEFAULT = MinimalImportantChange.defaults();

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = ';', textBlock = """
            # case                                              ; answers, oldest first ; kind                 ; points lower
            no answers yet                                      ;                       ; TOO_FEW_ANSWERS      ; 0
            only the baseline                                   ; 6                     ; TOO_FEW_ANSWERS      ; 0
            two answers: the second is the recent one           ; 6 4                   ; IMPROVED             ; 2
            the mean of the last two, 2 points down             ; 7 6 5 5               ; IMPROVED             ; 2
            1.5 points down from 7 is only 21 %                 ; 7 6 6 5               ; NO_MEANINGFUL_CHANGE ; 1.5
            1 point down from 3 is 33 %: counts                 ; 3 2 2                 ; IMPROVED             ; 1
            1 point down from 4 is 25 %: does not               ; 4 3 3                 ; NO_MEANINGFUL_CHANGE ; 1
            1.5 points down from 5 is exactly 30 %              ; 5 4 3                 ; IMPROVED             ; 1.5
            a good day alone does not decide                    ; 6 6 6 3               ; NO_MEANINGFUL_CHANGE ; 1.5
            only the last two count, not the ones between       ; 8 2 2 7 7             ; NO_MEANINGFUL_CHANGE ; 1
            2.5 points from 10 is 25 %, but 2 points count      ; 10 8 7                ; IMPROVED             ; 2.5
            1.5 points from 8 is 19 %                           ; 8 7 6                 ; NO_MEANINGFUL_CHANGE ; 1.5
            from 10 to 7                                        ; 10 7 7                ; IMPROVED             ; 3
            2 points up                                         ; 3 5 5                 ; WORSE                ; -2
            1 point up from 3 is 33 %: counts both ways          ; 3 4 4                 ; WORSE                ; -1
            unchanged                                           ; 5 5 5                 ; NO_MEANINGFUL_CHANGE ; 0
            baseline 0 cannot improve                           ; 0 0 0                 ; NO_MEANINGFUL_CHANGE ; 0
            baseline 0: the percentage never counts             ; 0 1 1                 ; NO_MEANINGFUL_CHANGE ; -1
            baseline 0: 2 points up counts                      ; 0 2 2                 ; WORSE                ; -2
            baseline 1: half a point is never enough             ; 1 1 2                 ; NO_MEANINGFUL_CHANGE ; -0.5
            baseline 1 to 0 is 100 %                            ; 1 0                   ; IMPROVED             ; 1
            baseline 2: half a point down is 25 %, under a point ; 2 2 1                 ; NO_MEANINGFUL_CHANGE ; 0.5
            all the way from 10 to 0                            ; 10 0 0                ; IMPROVED             ; 10
            """)
    void judgesTheChangeFromTheBaselineToTheMeanOfTheLastTwo(String name, String answers, Kind kind,
            double pointsLower) {
        PainChange change = DEFAULT.assess(scores(answers));

        assertThat(change.kind()).isEqualTo(kind);
        assertThat(change.pointsLower()).isEqualTo(pointsLower);
        assertThat(change.answers()).isEqualTo(scores(answers).size());
    }

    @ParameterizedTest(name = "{0} points or {1} %: {2} -> {3}")
    @CsvSource(delimiter = ';', textBlock = """
            3 ; 40  ; 6 4 4 ; NO_MEANINGFUL_CHANGE
            3 ; 40  ; 6 3   ; IMPROVED
            2 ; 50  ; 3 2 2 ; NO_MEANINGFUL_CHANGE
            2 ; 10  ; 9 8   ; IMPROVED
            1 ; 100 ; 5 6   ; WORSE
            """)
    void theThresholdsAreTheSitesOwn(int points, int percent, String answers, Kind kind) {
        assertThat(new MinimalImportantChange(points, percent).assess(scores(answers)).kind()).isEqualTo(kind);
    }

    @Test
    void theBaselineAndTheRecentValueAreKept() {
        PainChange change = DEFAULT.assess(List.of(6, 5, 4, 3));

        assertThat(change.baseline()).isEqualTo(6);
        assertThat(change.recent()).isEqualTo(3.5);
        assertThat(DEFAULT.assess(List.of(4)).baseline()).isEqualTo(4);
        assertThat(DEFAULT.assess(List.of(4)).recent()).isNull();
    }

    @Test
    void badThresholdsAndScoresAreRefused() {
        assertThatThrownBy(() -> new MinimalImportantChange(0, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MinimalImportantChange(11, 30)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MinimalImportantChange(2, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MinimalImportantChange(2, 101)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DEFAULT.assess(List.of(5, 11))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0-10");
        assertThatThrownBy(() -> DEFAULT.assess(List.of(-1, 5))).isInstanceOf(IllegalArgumentException.class);
    }

    private static List<Integer> scores(String answers) {
        return answers == null || answers.isBlank() ? List.of()
                : Arrays.stream(answers.trim().split("\\s+")).map(Integer::valueOf).toList();
    }
}
